#!/usr/bin/env bash
# Second command of the README: (re)builds build/ when needed and runs the whole test suite through ctest.
# Run scripts/setup.sh once before (it installs the dependencies); extra CMake flags come from CMAKE_ARGS.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '==> %s\n' "$*"; }

read -r -a extra_args <<<"${CMAKE_ARGS:-}"
jobs=${ARCHIVE_JOBS:-$(nproc 2>/dev/null || echo 2)}

# A build/ configured with another generator cannot be reused by `cmake -G Ninja`: start it afresh.
if [[ -f build/CMakeCache.txt ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' build/CMakeCache.txt; then
    say "build/ was configured with another generator; removing it"
    rm -rf build
fi

# Configure when build/ is new or when extra flags are asked for; otherwise Ninja re-runs CMake by itself
# whenever a CMakeLists.txt changed.
if [[ ! -f build/CMakeCache.txt || ! -f build/build.ninja || ${#extra_args[@]} -gt 0 ]]; then
    say "cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DARCHIVE_TESTS=ON ${extra_args[*]}"
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DARCHIVE_TESTS=ON "${extra_args[@]}"
fi
say "cmake --build build --parallel $jobs"
cmake --build build --parallel "$jobs"

say "ctest --test-dir build --output-on-failure -j2"
ctest --test-dir build --output-on-failure -j2 --no-tests=error
