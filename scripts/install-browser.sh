#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium and its WebDriver for the page's browser tests (tests/web/).
# Browsers cannot be downloaded by Playwright or Selenium Manager here; the Debian packages are used instead.
# Without root, sudo or apt-get the browser tests are skipped, and everything else still runs.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  echo "chromium and chromium-driver are already installed"
  exit 0
fi
bash "$(dirname "$0")/apt-install.sh" "the browser tests will be skipped" chromium chromium-driver
