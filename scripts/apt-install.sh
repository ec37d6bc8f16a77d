#!/usr/bin/env bash
# Installs Debian packages with apt-get, as root or through sudo; without either (or without apt-get) it warns
# and exits 0, so that the rest of the install still runs.
# Usage: apt-install.sh "what happens without them" PACKAGE...
set -euo pipefail
without="$1"; shift
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "warning: cannot install $* (not root, no sudo); $without" >&2
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "warning: no apt-get; install $* yourself, or $without" >&2
  exit 0
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@"
