#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for Analytics: a CJK font for charts, Debian's
# Chromium for the browser tests, LibreOffice Calc for the review sheet's round trip through a real
# spreadsheet program, LibreOffice Writer (to make the PDF fixtures and to turn the Word reports into PDF),
# poppler-utils (pdftoppm, pdftotext) and Tesseract with its simplified-Chinese data for scanned reports,
# wrk for the load benchmark. Idempotent: skips what is there.
set -euo pipefail

need=()
# grep reads all of fc-list: with -q it would stop early, and pipefail would count the SIGPIPE as "no font".
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || need+=(fonts-noto-cjk fontconfig)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/soffice ] && dpkg -s libreoffice-calc >/dev/null 2>&1 || need+=(libreoffice-calc)
# Writer, not writer-nogui: the GUI-less core conflicts with the core Calc above depends on.
dpkg -s libreoffice-writer >/dev/null 2>&1 || dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 || need+=(libreoffice-writer)
command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
[ -x /usr/bin/tesseract ] || need+=(tesseract-ocr)
[ -f /usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata ] || need+=(tesseract-ocr-chi-sim)
command -v wrk >/dev/null 2>&1 || need+=(wrk)

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: please install: ${need[*]} (needs root)" >&2
    exit 1
  fi
  echo "setup: installing ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
