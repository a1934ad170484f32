#!/usr/bin/env bash
# Renders icon.svg into the PNG and ICO files the Tauri bundler needs.
# Needs ImageMagick 6 (`convert`). Run from anywhere: bash icons/render.sh
set -euo pipefail
cd "$(dirname "$0")"
master="$(mktemp --suffix=.png)"
trap 'rm -f "$master"' EXIT
# Render large once (4x density), then scale down for crisp small sizes.
convert -background none -density 384 icon.svg -resize 1024x1024 "PNG32:$master"
size() { convert "$master" -filter Lanczos -resize "$1x$1" -strip "PNG32:$2"; }
size 32 32x32.png
size 64 64x64.png
size 128 128x128.png
size 256 128x128@2x.png
size 512 icon.png
convert "$master" -strip \
  \( -clone 0 -resize 16x16 \) \( -clone 0 -resize 32x32 \) \
  \( -clone 0 -resize 48x48 \) \( -clone 0 -resize 256x256 \) \
  -delete 0 icon.ico
