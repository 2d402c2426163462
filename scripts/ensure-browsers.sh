#!/usr/bin/env bash
# Installs Debian's chromium and firefox-esr when they are missing (`npm test` and `npm start` run
# these system browsers; nothing downloads a browser of its own), with their Simplified and
# Traditional Chinese interfaces (chromium-l10n, firefox-esr-l10n-zh-cn, firefox-esr-l10n-zh-tw: the
# Chinese UI test and `npm start -- --page zh` run the browsers in Chinese). With --cjk-font
# (`npm start`) it also installs a small Chinese font when none is present, so the Chinese demo page
# is legible.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
[ -f /usr/lib/chromium/locales/zh-CN.pak ] || need+=(chromium-l10n)
compgen -G '/usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@*' >/dev/null || need+=(firefox-esr-l10n-zh-cn)
compgen -G '/usr/lib/firefox-esr/browser/extensions/langpack-zh-TW@*' >/dev/null || need+=(firefox-esr-l10n-zh-tw)
if [ "${1:-}" = "--cjk-font" ] && command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  need+=(fonts-wqy-microhei)
fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing packages: ${need[*]}. Install them (Debian: apt-get install ${need[*]}) and retry." >&2
  exit 1
fi
echo "Installing ${need[*]} with apt-get…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
