"""Packaging: desktop file and AppStream metainfo validate, icons exist at their sizes, the frozen layout matches
what ``studio.config`` expects, PortAudio resolves to the bundled copy, and (when built) the frozen app runs.

The bundle itself is built by ``make bundle``, never by ``make test`` (minutes); the frozen-app smoke test is
marked ``slow`` and skipped when ``dist/interview-studio`` is absent.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import studio
from studio import config
from studio.store import migrate

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "interview-studio.desktop"
METAINFO = LINUX / "io.github.interviewstudio.InterviewStudio.metainfo.xml"
HOOKS = ROOT / "packaging" / "hooks"
BUNDLE_EXE = ROOT / "dist" / "interview-studio" / "interview-studio"
ICON_SIZES = (64, 128, 256)


def _tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found: install the Debian package {package} (`make test` installs it)", pytrace=False)
    return found


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _desktop_keys() -> dict[str, str]:
    keys = {}
    for line in DESKTOP.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            keys[key] = value
    return keys


def test_desktop_file_validates() -> None:
    """desktop-file-validate accepts the .desktop file with no errors or warnings."""
    done = subprocess.run([_tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)], capture_output=True)
    output = (done.stdout + done.stderr).decode()
    assert done.returncode == 0 and "error" not in output and "warning" not in output, output


def test_metainfo_validates() -> None:
    """appstreamcli validate --no-net accepts the metainfo (errors and warnings fail it)."""
    done = subprocess.run(
        [_tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)], capture_output=True
    )
    assert done.returncode == 0, (done.stdout + done.stderr).decode()


def test_metainfo_has_rating_release_and_launchable() -> None:
    """The metainfo carries an OARS rating, a release for this version, and launches our desktop file."""
    root = ET.parse(METAINFO).getroot()
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type", "").startswith("oars-")
    versions = [r.get("version") for r in root.findall("releases/release")]
    assert studio.__version__ in versions
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    assert _desktop_keys()["X-AppStream-Id"] == root.findtext("id")


def test_icons_exist_at_their_sizes() -> None:
    """The desktop file's icon exists in the hicolor tree (PNG 64/128/256 + SVG) and in resources/icons."""
    icon = _desktop_keys()["Icon"]
    hicolor = LINUX / "icons" / "hicolor"
    for size in ICON_SIZES:
        assert _png_size(hicolor / f"{size}x{size}" / "apps" / f"{icon}.png") == (size, size)
        assert _png_size(ROOT / "resources" / "icons" / f"{icon}-{size}.png") == (size, size)
    svg = hicolor / "scalable" / "apps" / f"{icon}.svg"
    assert ET.parse(svg).getroot().tag.endswith("svg")
    assert svg.read_bytes() == (ROOT / "resources" / "icons" / f"{icon}.svg").read_bytes()


def test_frozen_layout_matches_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With sys._MEIPASS set, config finds data/ and resources/ where the spec puts them; migrations sit beside
    studio/store as the spec copies them."""
    (tmp_path / "data").mkdir()
    (tmp_path / "resources").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert config.content_dir() == tmp_path / "data"
    assert config.resources_dir() == tmp_path / "resources"
    assert migrate.MIGRATIONS_DIR.relative_to(ROOT).as_posix() == "studio/store/migrations"
    spec = (ROOT / "packaging" / "studio.spec").read_text(encoding="utf-8")
    for dest in ('"data"', '"resources"', '"studio/store/migrations"'):
        assert dest in spec, f"packaging/studio.spec no longer bundles {dest}"


def _system_portaudio() -> Path:
    spec = importlib.util.spec_from_file_location("hook_sounddevice_probe", HOOKS / "hook-sounddevice.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found = module.find_portaudio()
    if found is None:
        pytest.fail("PortAudio not found: install libportaudio2 (`make test` installs it)", pytrace=False)
    return Path(found)


def test_runtime_hook_makes_sounddevice_load_bundled_portaudio(tmp_path: Path) -> None:
    """In a process that looks frozen, sounddevice loads libportaudio.so.2 from the bundle folder, not the system."""
    bundle = tmp_path / "_internal"
    bundle.mkdir()
    shutil.copyfile(_system_portaudio(), bundle / "libportaudio.so.2")
    code = (
        "import sys, runpy\n"
        f"sys._MEIPASS = {str(bundle)!r}\n"
        f"runpy.run_path({str(HOOKS / 'rthooks' / 'pyi_rth_portaudio.py')!r})\n"
        "import sounddevice\n"
        "print(sounddevice._libname)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(bundle / "libportaudio.so.2")


@pytest.mark.slow
@pytest.mark.skipif(not BUNDLE_EXE.is_file(), reason="bundle not built (make bundle)")
def test_frozen_app_self_test_and_screenshot(tmp_path: Path) -> None:
    """The frozen app passes --self-test and renders --screenshot PNGs headless, with its own PortAudio."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STUDIO_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run(
        [str(BUNDLE_EXE), "--self-test"], capture_output=True, text=True, env=env, timeout=180, check=False
    )
    assert done.returncode == 0 and "self-test passed" in done.stdout, done.stdout + done.stderr
    shots = tmp_path / "shots"
    done = subprocess.run(
        [str(BUNDLE_EXE), "--screenshot", str(shots)], capture_output=True, text=True, env=env, timeout=180, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    pngs = sorted(shots.glob("*.png"))
    assert pngs and all(_png_size(p)[0] > 100 for p in pngs)
    # A module missing from the bundle shows up as a tab that "could not be built": logged, not fatal.
    log_text = (tmp_path / "data" / "logs" / "studio.log").read_text(encoding="utf-8")
    assert " ERROR " not in log_text and "Traceback" not in log_text, log_text
    assert (BUNDLE_EXE.parent / "_internal" / "libportaudio.so.2").is_file()
