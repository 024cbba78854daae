#!/usr/bin/env bash
# First command of the README: installs the build dependencies from Debian if any is missing, configures and
# builds build/ (Release, Ninja, tests on), then runs `archive` on the sample page.
# Extra CMake flags come from the environment: CMAKE_ARGS="-DCMAKE_COMPILE_WARNING_AS_ERROR=ON" bash scripts/setup.sh
# ARCHIVE_JOBS sets the build parallelism (default: the number of cores).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(
    build-essential cmake ninja-build pkg-config
    nlohmann-json3-dev libcli11-dev catch2 libutf8proc-dev libuchardet-dev libssl-dev libbenchmark-dev
    python3 python3-jsonschema jq
    clang libclang-rt-14-dev
    bsdutils time
)

say() { printf '==> %s\n' "$*"; }

installed() {
    dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed$'
}

if command -v dpkg >/dev/null 2>&1; then
    missing=()
    for p in "${packages[@]}"; do
        installed "$p" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        say "installing missing Debian packages: ${missing[*]}"
        sudo=()
        if [[ $(id -u) -ne 0 ]]; then
            if ! command -v sudo >/dev/null 2>&1; then
                echo "setup.sh: error: not root and no sudo; install these packages first: ${missing[*]}" >&2
                exit 1
            fi
            sudo=(sudo)
        fi
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    else
        say "Debian build dependencies already installed"
    fi
else
    echo "setup.sh: warning: no dpkg here (not Debian?); make sure these are installed: ${packages[*]}" >&2
fi

read -r -a extra_args <<<"${CMAKE_ARGS:-}"
jobs=${ARCHIVE_JOBS:-$(nproc 2>/dev/null || echo 2)}

# A build/ configured with another generator cannot be reused by `cmake -G Ninja`: start it afresh.
if [[ -f build/CMakeCache.txt ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' build/CMakeCache.txt; then
    say "build/ was configured with another generator; removing it"
    rm -rf build
fi

say "cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DARCHIVE_TESTS=ON ${extra_args[*]}"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DARCHIVE_TESTS=ON "${extra_args[@]}"
say "cmake --build build --parallel $jobs"
cmake --build build --parallel "$jobs"

say "build/archive samples/lavrov-kerry.txt"
build/archive samples/lavrov-kerry.txt
