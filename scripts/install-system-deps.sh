#!/usr/bin/env bash
# Installs libvoikko and the Finnish dictionary from Debian, the preferred morphology backend.
# Without them pelisaannot still works through the pip-only pyvoikko backend (slower to start).
set -euo pipefail
if python3 - <<'PY' 2>/dev/null
import ctypes.util, os, sys
sys.exit(0 if ctypes.util.find_library("voikko") and os.path.isdir("/usr/lib/voikko") else 1)
PY
then
  echo "libvoikko and voikko-fi are already installed"
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "warning: cannot install libvoikko1 voikko-fi (not root, no sudo); falling back to pyvoikko" >&2
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "warning: no apt-get; install libvoikko and the Finnish dictionary yourself, or rely on pyvoikko" >&2
  exit 0
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libvoikko1 voikko-fi
