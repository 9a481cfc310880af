#!/usr/bin/env bash
# Build the one-folder bundle and a tarball with the desktop integration files:
#   dist/interview-studio-<version>-linux-<arch>.tar.gz
#     interview-studio/                         the PyInstaller bundle (run interview-studio/interview-studio)
#     share/applications/interview-studio.desktop
#     share/metainfo/io.github.interviewstudio.InterviewStudio.metainfo.xml
#     share/icons/hicolor/...                   64/128/256 PNG + scalable SVG
# Usage: packaging/build.sh   (from anywhere; calls `make bundle`, which sets up the venv and system packages)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
make bundle
version="$(.venv/bin/python -c 'import studio; print(studio.__version__)')"
name="interview-studio-${version}-linux-$(uname -m)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name/share/applications" "$stage/$name/share/metainfo" "$stage/$name/share/icons"
cp -a dist/interview-studio "$stage/$name/"
cp packaging/linux/interview-studio.desktop "$stage/$name/share/applications/"
cp packaging/linux/io.github.interviewstudio.InterviewStudio.metainfo.xml "$stage/$name/share/metainfo/"
cp -a packaging/linux/icons/hicolor "$stage/$name/share/icons/"
QT_QPA_PLATFORM=offscreen STUDIO_DATA_DIR="$stage/selftest-data" "$stage/$name/interview-studio/interview-studio" --self-test
tar -C "$stage" -czf "dist/$name.tar.gz" "$name"
echo "dist/$name.tar.gz"
