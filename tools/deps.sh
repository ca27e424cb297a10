#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian 12 machine, and nothing
# when it is already there. Sourced or run by serve/start and tests/run.
#
#   tools/deps.sh build   packages + Dear ImGui sources (enough for serve/start)
#   tools/deps.sh test    the above + Chromium + playwright-core (for tests/run)
#   tools/deps.sh fuzz    the build packages + clang and libFuzzer (tests/fuzz/run)
#   tools/deps.sh probe   the test set + libmicrohttpd (tests/serve/mhd_probe/run)
#
# Everything comes from Debian's packages or the npm registry; nothing is
# committed. Dear ImGui's .cpp files come from Debian's *source* package
# imgui 1.86+ds-1 (no binary package ships them), and the Snowball Dutch
# stemmer is generated from the source package snowball 2.2.0-2, both under .deps/.
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
# tests/serve/mhd_probe/run only: the libmicrohttpd experiment of issue 18.
probe_packages=(libmicrohttpd-dev)

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

# Downloads the orig tarball of a Debian *source* package into $2 (a scratch
# directory). The deb-src list is derived from the machine's own apt sources so
# no mirror name is written here.
download_source_package() {
  local spec="$1" scratch="$2"
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
  (cd "$scratch/download" && apt-get "${aptopts[@]}" source --download-only -qq "$spec" >&2)
}

# Unpacks the single top directory of tarball $1 as directory $2.
unpack_as() {
  local tarball="$1" dest="$2"
  rm -rf "$dest" "$dest.unpack"
  mkdir -p "$dest.unpack"
  tar -xf "$tarball" -C "$dest.unpack"
  mv "$dest.unpack"/* "$dest"
  rmdir "$dest.unpack"
}

# Dear ImGui 1.86 sources from Debian's source package imgui 1.86+ds-1.
fetch_imgui() {
  local dest="$deps/imgui"
  [ -f "$dest/imgui.cpp" ] && [ -f "$dest/backends/imgui_impl_opengl3.cpp" ] && return 0
  log "fetching Dear ImGui 1.86 sources (Debian source package imgui 1.86+ds-1)"
  local scratch="$deps/apt-src"
  download_source_package imgui=1.86+ds-1 "$scratch"
  unpack_as "$(ls "$scratch"/download/imgui_1.86*.orig.tar.* | head -n1)" "$dest"
  rm -rf "$scratch"
  [ -f "$dest/imgui.cpp" ] || { log "imgui.cpp missing after unpacking"; exit 1; }
}

# The Snowball Dutch stemmer (the "dutch" algorithm of libstemmer), from
# Debian's source package snowball 2.2.0-2: the tarball holds the Snowball
# compiler and algorithms/dutch.sbl, not generated C. The compiler is built
# natively and generates the stemmer's C (src_c/stem_UTF_8_dutch.c), which the
# core compiles for both the native and the wasm build (core/CMakeLists.txt).
fetch_snowball() {
  local dest="$deps/snowball"
  [ -f "$dest/src_c/stem_UTF_8_dutch.c" ] && [ -f "$dest/runtime/api.c" ] && return 0
  log "fetching the Snowball 2.2.0 sources (Debian source package snowball 2.2.0-2)"
  local scratch="$deps/apt-src"
  download_source_package snowball=2.2.0-2 "$scratch"
  unpack_as "$(ls "$scratch"/download/snowball_2.2.0*.orig.tar.* | head -n1)" "$dest"
  rm -rf "$scratch"
  log "building the Snowball compiler and generating the Dutch stemmer"
  cc -O1 -w -o "$dest/snowball" "$dest"/compiler/*.c
  mkdir -p "$dest/src_c"
  (cd "$dest" && ./snowball algorithms/dutch.sbl -o src_c/stem_UTF_8_dutch \
    -eprefix dutch_UTF_8_ -r ../runtime -u)
  [ -f "$dest/src_c/stem_UTF_8_dutch.c" ] || { log "the Dutch stemmer was not generated"; exit 1; }
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
fetch_snowball
if [ "$mode" = fuzz ]; then
  install_packages "${fuzz_packages[@]}"
fi
if [ "$mode" = test ] || [ "$mode" = probe ]; then
  install_packages "${test_packages[@]}"
  install_node_modules
fi
if [ "$mode" = probe ]; then
  install_packages "${probe_packages[@]}"
fi
