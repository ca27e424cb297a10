#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian 12 machine, and nothing
# when it is already there. Sourced or run by serve/start and tests/run.
#
#   tools/deps.sh build   packages + Dear ImGui sources (enough for serve/start)
#   tools/deps.sh test    the above + Chromium + playwright-core (for tests/run)
#   tools/deps.sh fuzz    the build packages + clang and libFuzzer (tests/fuzz/run)
#
# Everything comes from Debian's packages or the npm registry; nothing is
# committed. Dear ImGui's .cpp files come from Debian's *source* package
# imgui 1.86+ds-1 (no binary package ships them), unpacked under .deps/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-build}"
deps="$root/.deps"
mkdir -p "$deps"

log() { printf '[deps] %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

build_packages=(
  cmake ninja-build g++ clang-format
  emscripten binaryen brotli
  nlohmann-json3-dev doctest-dev libboost-dev libsqlite3-dev libcli11-dev libicu-dev nettle-dev
  fonts-dejavu-core
  fonttools
  ca-certificates xz-utils
)
test_packages=(chromium)
# tests/fuzz/run only: clang with the libFuzzer runtime.
fuzz_packages=(clang libclang-rt-14-dev)

missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
  done
}

apt_updated=0
install_packages() {
  local missing
  mapfile -t missing < <(missing_packages "$@")
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  if [ $apt_updated = 0 ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# Dear ImGui 1.86 sources from Debian's source package. The deb-src list is
# derived from the machine's own apt sources so no mirror name is written here.
fetch_imgui() {
  local dest="$deps/imgui"
  [ -f "$dest/imgui.cpp" ] && [ -f "$dest/backends/imgui_impl_opengl3.cpp" ] && return 0
  log "fetching Dear ImGui 1.86 sources (Debian source package imgui 1.86+ds-1)"
  local scratch="$deps/apt-src"
  rm -rf "$scratch"
  mkdir -p "$scratch/lists/partial" "$scratch/parts" "$scratch/download"
  local src
  for src in /etc/apt/sources.list.d/*.sources; do
    [ -f "$src" ] || continue
    sed 's/^Types:.*/Types: deb-src/' "$src" >"$scratch/parts/$(basename "$src")"
  done
  if [ -f /etc/apt/sources.list ]; then
    grep -E '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' >"$scratch/parts/legacy.list" || true
  fi
  local aptopts=(-o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts="$scratch/parts"
    -o Dir::State::Lists="$scratch/lists" -o APT::Sandbox::User=root)
  apt-get "${aptopts[@]}" update -qq >&2
  (cd "$scratch/download" && apt-get "${aptopts[@]}" source --download-only -qq imgui=1.86+ds-1 >&2)
  local orig
  orig="$(ls "$scratch"/download/imgui_1.86*.orig.tar.* | head -n1)"
  rm -rf "$dest" "$deps/imgui-unpack"
  mkdir -p "$deps/imgui-unpack"
  tar -xf "$orig" -C "$deps/imgui-unpack"
  mv "$deps/imgui-unpack"/* "$dest"
  rmdir "$deps/imgui-unpack"
  rm -rf "$scratch"
  [ -f "$dest/imgui.cpp" ] || { log "imgui.cpp missing after unpacking $orig"; exit 1; }
}

# playwright-core, pinned by tests/e2e/package-lock.json; never downloads a browser.
install_node_modules() {
  local dir="$root/tests/e2e"
  local stamp="$dir/node_modules/.lock-stamp"
  if [ -f "$stamp" ] && cmp -s "$stamp" "$dir/package-lock.json"; then return 0; fi
  log "installing test node modules (npm ci)"
  (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >&2)
  cp "$dir/package-lock.json" "$stamp"
}

install_packages "${build_packages[@]}"
fetch_imgui
if [ "$mode" = fuzz ]; then
  install_packages "${fuzz_packages[@]}"
fi
if [ "$mode" = test ]; then
  install_packages "${test_packages[@]}"
  install_node_modules
fi
