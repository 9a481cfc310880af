"""``python -m studio``."""

import sys

if sys.argv[1:2] == ["analyze"]:
    # The command-line analysis needs nothing of the window's start-up (logging set-up, Qt, the store): go
    # straight to it. One BLAS thread: the analysis is single-threaded, and OpenBLAS starting a thread per core
    # costs ~50 ms of start-up on a busy machine (the variable must be set before numpy is imported).
    import os

    if "numpy" not in sys.modules:
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from studio.analysis.cli import main as analyze_main

    sys.exit(analyze_main(sys.argv[2:]))

from studio.app import main

sys.exit(main())
