#!/usr/bin/env bash
# Runs a build's unit tests a few test files a process, then its end-to-end scripts through ctest.
#
# ctest runs every Catch2 case in a process of its own. Under the sanitizers a process costs about 0.35 s of CPU
# before its first case (the dynamic relocations of a 150 MB binary, the sanitizers' set-up of its globals, the leak
# scan at exit): over 937 cases about 320 s, against 17 s for the cases themselves in one process. A process for a few
# test files keeps most of that away and still runs them in parallel. The stress file's cases run one a
# process: they compare the CPU time of two input sizes, which a heap warmed by the cases before them skews.
# The run fails when a process fails or when the cases run do not add up to the cases the binary lists.
#
# Usage: scripts/test_files.sh BUILD_DIR   (parallel processes: ARCHIVE_JOBS, default all cores)
set -euo pipefail

build=${1:?usage: test_files.sh BUILD_DIR}
bin=$build/tests/archive_tests
jobs=${ARCHIVE_JOBS:-$(nproc 2>/dev/null || echo 2)}
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

# Catch's listings exit with the number of items listed, hence the `|| true`.
list() { "$bin" -# "$@" || true; }

# One test spec a line: the files' tags ([#name_test], given by -#) but the stress file's, a few files a spec (Catch
# reads "[#a],[#b]" as either), then the stress file's cases by name, with the characters Catch's test specs give a
# meaning escaped. Eight files a process: each sanitized process still pays its 0.35 s, but about 100 times rather
# than 780 times (the non-sanitized ctest step runs every case in a process of its own, so no case leans on another
# one's state unseen).
per_process=${ARCHIVE_TEST_FILES_PER_PROCESS:-8}
{
    list --list-tags | grep -o '\[#[^]]*\]' | grep -vxF '[#stress_test]' | xargs -n "$per_process" | tr ' ' ,
    list --list-test-names-only '[#stress_test]' | sed 's/[][\\,*~"]/\\&/g'
} > "$logs/specs"
listed=$(list --list-test-names-only | grep -c .)

run_one() {
    if ! "$bin" -# "$2" > "$logs/$1.log" 2>&1; then
        printf '%s\n' "$2" > "$logs/$1.failed"
    fi
}

i=0
while IFS= read -r spec; do
    i=$((i + 1))
    while (( $(jobs -rp | wc -l) >= jobs )); do
        wait -n || true
    done
    run_one "$i" "$spec" &
done < "$logs/specs"
wait

# Catch ends a run with "All tests passed (A assertions in N test cases)" or "test cases: N | P passed | F failed".
ran=$(cat "$logs"/*.log | sed -nE 's/.*All tests passed \([0-9]+ assertions? in ([0-9]+) test cases?\).*/\1/p;
                                   s/^test cases: *([0-9]+) .*/\1/p' | awk '{ s += $1 } END { print s + 0 }')
failed=0
for f in "$logs"/*.failed; do
    [[ -e $f ]] || continue
    failed=$((failed + 1))
    printf '\n==== FAILED: %s\n' "$(cat "$f")"
    cat "${f%.failed}.log"
done
printf '%d processes, %d of %d listed test cases run, %d processes failed\n' "$i" "$ran" "$listed" "$failed"
if (( failed > 0 || ran != listed )); then
    exit 1
fi

ctest --test-dir "$build" --output-on-failure -j"$jobs" --no-tests=error -R '^e2e_'
