#!/usr/bin/env bash
# timeslice quick start for a fresh Debian 12 machine.
#   ./quickstart.sh            install what is missing, build, open timeslice on the default scenario
#   ./quickstart.sh test       the same set-up, then the whole test suite in the dev, release
#                              and asan (AddressSanitizer + UndefinedBehaviorSanitizer) builds
# Extra arguments after `open` go to timeslice, e.g. ./quickstart.sh open gui scenarios/race.py
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
mode="${1:-open}"
[ $# -gt 0 ] && shift

packages=(build-essential cmake ninja-build pkg-config
          qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools libgl1-mesa-dev
          qt6-translations-l10n
          libbenchmark-dev python3 xvfb xauth)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "quickstart: installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {  # build PRESET
    cmake --preset "$1" >/dev/null
    cmake --build --preset "$1" -j "$(nproc)"
}

install_missing
case "$mode" in
    open)
        build release
        exec ./build/release/bin/timeslice "$@"
        ;;
    test)
        status=0
        for preset in dev release asan; do
            build "$preset"
            echo "== ctest ($preset build) =="
            # The sanitizer build checks leaks too: a program's objects, reference cycles
            # included, are all freed when its run is over (Heap::reclaimAll).
            ASAN_OPTIONS=detect_leaks=1 ctest --preset "$preset" -j "$(nproc)" || status=1
        done
        exit $status
        ;;
    *)
        echo "usage: ./quickstart.sh [open [timeslice arguments...] | test]" >&2
        exit 2
        ;;
esac
