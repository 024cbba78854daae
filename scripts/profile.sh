#!/usr/bin/env bash
# Counts the instructions `archive` spends a byte of input (callgrind), on a fixed set of ../shared/corpus pages, and
# lists the costliest functions: the figure to compare between two versions when a speed change is measured
# (instruction counts move by well under 1% between runs, wall time by about 10% on a shared machine).
#   one pass: the whole run over the pages once (with loading the word lists, SHA-256 and the JSON output);
#   steady:   the extra instructions of a second pass over copies of the same pages, i.e. without one-time set-up.
# Usage: scripts/profile.sh [BIN]        (BIN defaults to build/archive; build it Release first)
# Environment: PROFILE_TOP (30) lines of the function list; PROFILE_KEEP=DIR keeps callgrind.out.one there.
# The pages: every 13th .txt of ../shared/corpus in path order, from the 4th (52 pages, about 512 KB).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin=$(realpath "${1:-build/archive}")
corpus=../shared/corpus
[[ -x $bin ]] || { echo "profile.sh: error: no binary at $bin (build it first)" >&2; exit 1; }
[[ -d $corpus ]] || { echo "profile.sh: error: $corpus not found" >&2; exit 1; }
if ! command -v valgrind >/dev/null 2>&1; then
    echo "==> installing valgrind (Debian package valgrind)"
    sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends valgrind ||
        { "${sudo[@]}" apt-get update && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y --no-install-recommends valgrind; }
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/one" "$work/two"
i=0
while IFS= read -r -d '' f; do
    if (( i % 13 == 3 )); then
        name=$(printf '%03d-%s' "$i" "$(basename "$f")")
        cp "$f" "$work/one/$name"
        cp "$f" "$work/two/$name"
    fi
    i=$((i + 1))
done < <(find "$corpus" -name '*.txt' -print0 | LC_ALL=C sort -z)
pages=$(find "$work/one" -name '*.txt' | wc -l)
bytes=$(find "$work/one" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')

# refs RUN DIR...: total instructions of one callgrind run of `archive -j1 DIR...`.
refs() {
    local out=$1
    shift
    valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" -j1 "$@" 2>&1 >/dev/null |
        sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}
one=$(refs "$work/callgrind.out.one" "$work/one")
two=$(refs "$work/callgrind.out.two" "$work/one" "$work/two")
awk -v b="$bytes" -v p="$pages" -v one="$one" -v two="$two" 'BEGIN {
    printf "%d pages, %d bytes\n", p, b
    printf "one pass: %.1fM instructions, %.0f a byte\n", one / 1e6, one / b
    printf "steady:   %.1fM instructions, %.0f a byte\n", (two - one) / 1e6, (two - one) / b
}'
# (kept before the listing, whose `head` may close its pipe early)
if [[ -n ${PROFILE_KEEP:-} ]]; then
    mkdir -p "$PROFILE_KEEP"
    cp "$work/callgrind.out.one" "$PROFILE_KEEP/"
fi
echo
echo "costliest functions of one pass (inclusive; archive's own and the allocator):"
callgrind_annotate --inclusive=yes "$work/callgrind.out.one" 2>/dev/null |
    grep -E 'archive::|malloc|free|operator new|operator delete|sha256' |
    grep -vE 'std::thread|_Function_handler|work_loop|run_batch' |
    sed -E 's/\[[^]]*\]$//; s/\(archive::[^)]*\)|\(std::[^)]*\)//g' | cut -c1-150 | head -n "${PROFILE_TOP:-30}" || true
exit 0
