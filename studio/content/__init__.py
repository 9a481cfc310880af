"""Content library: reads ``data/`` and the user's own content folder into core's validated models.

The code lives in :mod:`studio.content.loader`; this package re-exports its public names (the loader's
``__all__``), so callers import ``from studio.content import Library, load_library``.
"""

from __future__ import annotations

from studio.content import loader
from studio.content.loader import *  # noqa: F403 - the loader's __all__ is this package's API

__all__ = loader.__all__
