"""Audio engine: devices, sources, recorder, crash-safe WAV, recovery, peaks pyramid, player, mic check, import.

Qt-free by contract: this package imports only numpy, soundfile, sounddevice (lazily, see
:mod:`studio.audio.devices`), the standard library and :mod:`studio.core`. The GUI *polls* the objects defined
here from a 30-60 Hz timer; no audio thread ever calls into the GUI.

Importing ``studio.audio`` is cheap: it does not import numpy, soundfile or sounddevice. Import the submodules
you need. The API the UI uses, in one place:

Start-up::

    from studio.audio import devices, recovery
    status = devices.audio_status()              # .ok, .message (one actionable sentence when not ok)
    for item in recovery.find_interrupted(data_dir):   # Recover / Discard dialog
        taken = recovery.recover(item)            # RecoveredTake -> store a Take row; or recovery.discard(item)

Devices (always by name)::

    devices.list_input_devices() / list_output_devices() -> list[DeviceInfo]
    devices.choose_samplerate(name, channels=1, preferred=48000) -> int
    devices.rescan()                              # DeviceBusyError while a stream is open

Recording (Voice tab)::

    from studio.audio.recorder import Recorder, RecorderState
    from studio.audio.sources import SoundDeviceSource, NullSource
    source = SoundDeviceSource(name, samplerate=rate) if status.ok else NullSource()
    rec = Recorder.for_data_dir(source, data_dir)   # takes/YYYY/MM/<uuid>.wav
    rec.start()                                   # RecorderError with a message naming device/file
    # timer: rec.poll_meter() -> MeterReading | None; rec.drain_events() -> [RecorderEvent];
    #        rec.elapsed_seconds; rec.state; rec.live_peaks().envelope(t0, t1, width_px)
    rec.pause(); rec.resume()
    result = rec.stop()                           # TakeResult; also after state == FINISHED on its own

Waveform: ``peaks.ensure_peaks(wav).envelope(t0, t1, width)`` (≤ width columns; ``Envelope.line()`` gives ≤ 2×width
points); deeper than 256 frames per column use ``peaks.raw_envelope``.
Playback: ``player.Player(name)``: ``load``, ``play(start, end, loop)``, ``pause``, ``seek``, ``stop``,
``position_seconds``, ``state``, ``ended``, ``drain_events()``.
Mic check: ``miccheck.MicCheck(source, 5.0)``: ``start``, ``progress``, ``poll_meter``, ``done``, ``result()``.
Import (in the task runner): ``importer.import_audio(path, data_dir) -> ImportedTake``.
Errors: every deliberate error is a subclass of :class:`studio.audio.errors.AudioError` whose message names what
was wrong.
"""
