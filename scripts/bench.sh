#!/usr/bin/env bash
# Runs every benchmark of archive and prints the figures (issue 5); it measures, it never fails on a figure.
#   1. in-process parse + serialize throughput (Google Benchmark) on samples/ and ../shared/corpus when present;
#   2. the CLI on a generated folder of 20,000 pages: -j1, -j2, -o first run and rerun, and `cat` over the same files
#      as the floor, with files/s, MB/s and peak RSS (GNU time);
#   3. the wall time of one small file.
# Usage: scripts/bench.sh
# Environment: BENCH_COUNT (20000 files), BENCH_DIR (/tmp/archive-bench), BENCH_RUNS (50), BENCH_INPROCESS=0 skips 1.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
count=${BENCH_COUNT:-20000}
work=${BENCH_DIR:-/tmp/archive-bench}
runs=${BENCH_RUNS:-50}
say() { printf '\n==> %s\n' "$*"; }

# Peak RSS comes from GNU time (/usr/bin/time, Debian package `time`), not the shell keyword.
if [[ ! -x /usr/bin/time ]]; then
    say "installing GNU time (Debian package time)"
    sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends time ||
        { "${sudo[@]}" apt-get update && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y --no-install-recommends time; }
fi
py=python3
[[ -x /usr/bin/python3 ]] && py=/usr/bin/python3

say "build-bench/: Release build with -DARCHIVE_BENCH=ON"
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DARCHIVE_BENCH=ON -DARCHIVE_TESTS=OFF >/dev/null
cmake --build build-bench --parallel "$(nproc 2>/dev/null || echo 2)"
bin=$root/build-bench/archive

if [[ ${BENCH_INPROCESS:-1} != 0 ]]; then
    say "in-process throughput (bytes_per_second = MB/s of input; target >= 100 MB/s per core)"
    build-bench/bench/archive_bench --benchmark_min_time=0.5
fi

pages=$work/pages
stamp="count=$count seed=1 samples=$(cat samples/*.txt | sha256sum | cut -c1-16)"
if [[ ! -f $work/stamp || $(cat "$work/stamp") != "$stamp" ]]; then
    say "generating $count pages in $pages"
    rm -rf "$pages"
    mkdir -p "$work"
    "$py" scripts/gen_batch_corpus.py "$pages" --count "$count"
    echo "$stamp" >"$work/stamp"
fi
files=$(find "$pages" -name '*.txt' | wc -l)
bytes=$(find "$pages" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')
say "CLI on $files files, $mb MB (page cache warmed first; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "(cpu s = user + system time: with other work on the machine, wall time grows but cpu s does not)"
find "$pages" -name '*.txt' -print0 | xargs -0 cat >/dev/null

declare -A wall
printf '%-28s %9s %8s %10s %9s %12s\n' "run" "wall s" "cpu s" "files/s" "MB/s" "peak RSS MB"
# measure NAME COMMAND...: one run under GNU time, stdout discarded; prints a row.
measure() {
    local name=$1
    shift
    /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
        echo "bench.sh: '$name' failed: $(tail -n 3 "$work/stderr")" >&2
        return 1
    }
    local w rss user sys
    read -r w rss user sys <"$work/time"
    wall[$name]=$w
    awk -v n="$name" -v w="$w" -v r="$rss" -v c="$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')" \
        -v f="$files" -v b="$bytes" 'BEGIN {
        if (w <= 0) w = 0.005
        printf "%-28s %9.2f %8.2f %10.0f %9.1f %12.1f\n", n, w, c, f / w, b / 1e6 / w, r / 1024 }'
}
measure "cat (floor)" sh -c "find '$pages' -name '*.txt' -print0 | xargs -0 cat"
measure "archive -j1" "$bin" -j1 "$pages"
measure "archive -j2" "$bin" -j2 "$pages"
rm -rf "$work/out"
measure "archive -j2 -o (first run)" "$bin" -j2 -o "$work/out" "$pages"
measure "archive -j2 -o (rerun)" "$bin" -j2 -o "$work/out" "$pages"
tail -n 1 "$work/stderr" | sed 's/^/    rerun: /'
files_small=$(find "$pages/d000" -name '*.txt' | wc -l)
/usr/bin/time -f '%M' -o "$work/time" "$bin" -j2 "$pages/d000" >/dev/null 2>&1
printf '    peak RSS on one folder of %s files: %.1f MB (vs the whole folder above: bounded memory)\n' \
    "$files_small" "$(awk '{print $1 / 1024}' "$work/time")"
awk -v a="${wall[archive -j1]}" -v b="${wall[archive -j2]}" 'BEGIN {
    if (b > 0) printf "    -j2 speed-up over -j1: %.2fx (target >= 1.6x)\n", a / b }'

say "one small file, mean wall time over $runs runs (target < 5 ms)"
# mean_ms COMMAND...: the mean wall time of a whole run of COMMAND, in ms.
mean_ms() {
    "$@" >/dev/null
    local start end
    start=$(date +%s%N)
    for _ in $(seq "$runs"); do
        "$@" >/dev/null
    done
    end=$(date +%s%N)
    awk -v ns="$((end - start))" -v n="$runs" 'BEGIN {printf "%.2f", ns / n / 1e6}'
}
small=samples/lavrov-kerry.txt
printf '%-44s %8s ms\n' "archive $small ($(wc -c <"$small") bytes)" "$(mean_ms "$bin" "$small")"
printf '%-44s %8s ms\n' "archive --version (start-up, no page)" "$(mean_ms "$bin" --version)"
printf '%-44s %8s ms\n' "/bin/true (the cost of starting any process)" "$(mean_ms /bin/true)"
echo
echo "targets (report, not asserted): >= 100 MB/s per core in-process; >= 5,000 files/s with -j2;"
echo "-j2 >= 1.6x -j1; peak RSS < 64 MB whatever the folder size; one small file < 5 ms wall."
