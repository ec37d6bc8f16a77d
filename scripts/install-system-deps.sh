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
bash "$(dirname "$0")/apt-install.sh" "falling back to pyvoikko" libvoikko1 voikko-fi
