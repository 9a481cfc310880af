#!/usr/bin/env bash
# Install the Debian packages named on the command line when they are missing.
# As root: apt-get directly. Else: non-interactive sudo. Else: print the exact command and go on
# (the studio and its tests then report clearly what is missing).
set -u
missing=()
for pkg in "$@"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == *"install ok installed"* ]] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
cmd=(apt-get install -y -q --no-install-recommends "${missing[@]}")
if [ "$(id -u)" = "0" ]; then
  runner=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  runner=(sudo -n)
else
  echo "ensure-apt: missing Debian packages: ${missing[*]}" >&2
  echo "ensure-apt: install them with:  sudo apt-get update && sudo ${cmd[*]}" >&2
  exit 0
fi
echo "ensure-apt: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${runner[@]}" apt-get update -q >/dev/null || echo "ensure-apt: apt-get update failed; trying the install anyway" >&2
if ! "${runner[@]}" "${cmd[@]}" >/tmp/ensure-apt.log 2>&1; then
  echo "ensure-apt: installing ${missing[*]} failed; see /tmp/ensure-apt.log" >&2
  tail -5 /tmp/ensure-apt.log >&2
fi
exit 0
