#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium and its WebDriver for the page's browser tests (tests/web/).
# Browsers cannot be downloaded by Playwright or Selenium Manager here; the Debian packages are used instead.
# Without root, sudo or apt-get the browser tests are skipped, and everything else still runs.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  echo "chromium and chromium-driver are already installed"
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "warning: cannot install chromium chromium-driver (not root, no sudo); browser tests will be skipped" >&2
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "warning: no apt-get; install chromium and chromedriver yourself, or the browser tests are skipped" >&2
  exit 0
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
