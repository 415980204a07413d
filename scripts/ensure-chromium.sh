#!/usr/bin/env bash
# Ensure Debian's Chromium is installed for Playwright (no browser download is possible here;
# Playwright is pointed at /usr/bin/chromium via launchOptions.executablePath).
# Idempotent: does nothing when the binary is already present. Must run as root to install.
set -euo pipefail

CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ -x "$CHROMIUM_PATH" ]; then
  echo "ensure-chromium: found $CHROMIUM_PATH ($("$CHROMIUM_PATH" --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-chromium: $CHROMIUM_PATH is missing and this script is not running as root;" >&2
  echo "ensure-chromium: run it as root or: apt-get install -y chromium" >&2
  exit 1
fi

echo "ensure-chromium: $CHROMIUM_PATH is missing; running: apt-get update -qq"
apt-get update -qq
echo "ensure-chromium: running: DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

if [ ! -x "$CHROMIUM_PATH" ]; then
  echo "ensure-chromium: chromium was installed but $CHROMIUM_PATH does not exist" >&2
  exit 1
fi
echo "ensure-chromium: installed $("$CHROMIUM_PATH" --version 2>/dev/null || echo "$CHROMIUM_PATH")"
