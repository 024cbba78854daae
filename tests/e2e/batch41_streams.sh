#!/usr/bin/env bash
# End-to-end test of the standard streams: a stdout that refuses writes (full disk, closed) is reported, exit 1, and
# nothing is counted as converted; fds 0-2 closed by the caller are reopened on /dev/null before any file is opened.
# Usage: batch41_streams.sh ARCHIVE_BINARY SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() {
    echo "batch41_streams.sh: FAIL: $*" >&2
    exit 1
}
checks=0
ok() { checks=$((checks + 1)); }
run() { # run ARGS... with stdout already redirected by the caller; sets $rc, stderr in $tmp/e
    set +e
    timeout 120 "$bin" "$@" 2>"$tmp/e"
    rc=$?
    set -e
}
mkdir -p "$tmp/in"
cp "$src/samples/lavrov-kerry.txt" "$tmp/in/a.txt"
cp "$src/samples/en-reuters-wire.txt" "$tmp/in/b.txt"
page=$tmp/in/a.txt
full='archive: error: cannot write standard output: No space left on device'

if [[ -w /dev/full ]]; then
    run "$page" >/dev/full
    [[ $rc -eq 1 && $(cat "$tmp/e") == "$full" ]] || fail "FILE >/dev/full: rc=$rc, $(cat "$tmp/e")"
    ok
    run --schema >/dev/full
    [[ $rc -eq 1 && $(cat "$tmp/e") == "$full" ]] || fail "--schema >/dev/full: rc=$rc, $(cat "$tmp/e")"
    ok
    run -j2 "$tmp/in" >/dev/full
    [[ $rc -eq 1 && $(head -1 "$tmp/e") == "$full" && $(tail -1 "$tmp/e") == "converted 0, skipped 0, failed 0" ]] ||
        fail "DIR >/dev/full: rc=$rc, $(cat "$tmp/e")"
    ok
    printf '{"id":"x","text":"Budget vote\\n\\nThe council voted."}\n' >"$tmp/one.jsonl"
    run --jsonl-in <"$tmp/one.jsonl" >/dev/full
    [[ $rc -eq 1 && $(head -1 "$tmp/e") == "$full" && $(tail -1 "$tmp/e") == "converted 0, skipped 0, failed 0" ]] ||
        fail "--jsonl-in >/dev/full: rc=$rc, $(cat "$tmp/e")"
    ok
fi

# stdout closed by the caller: reopened, but so that writing to it still fails and is said.
run "$page" >&-
[[ $rc -eq 1 && $(cat "$tmp/e") == 'archive: error: cannot write standard output: Bad file descriptor' ]] ||
    fail "FILE >&-: rc=$rc, $(cat "$tmp/e")"
ok
run "$tmp/in" >&-
[[ $rc -eq 1 && $(tail -1 "$tmp/e") == "converted 0, skipped 0, failed 0" ]] || fail "DIR >&-: rc=$rc, $(cat "$tmp/e")"
ok

# A reader that goes away while SIGPIPE is ignored: the run stops with an error instead of converting into the void.
mkdir -p "$tmp/many"
for i in $(seq 1 60); do cp "$src/samples/lavrov-kerry.txt" "$tmp/many/p$i.txt"; done
set +e
(trap '' PIPE; "$bin" -j1 "$tmp/many" 2>"$tmp/e" | head -c 10 >/dev/null; exit "${PIPESTATUS[0]}")
rc=$?
set -e
[[ $rc -eq 1 && $(head -1 "$tmp/e") == 'archive: error: cannot write standard output: Broken pipe' ]] ||
    fail "SIGPIPE ignored | head: rc=$rc, $(cat "$tmp/e")"
converted=$(tail -1 "$tmp/e" | sed -E 's/^converted ([0-9]+),.*/\1/')
[[ $converted -lt 60 ]] || fail "SIGPIPE ignored | head: all counted as converted: $(tail -1 "$tmp/e")"
ok

# fds 1 and 2 closed: /dev/null takes them before the run opens anything (else an input or an output would).
if [[ -d /proc/self/fd ]]; then
    mkfifo "$tmp/fifo"
    exec 3<>"$tmp/fifo" # holds the FIFO open: the run waits for lines until fd 3 is closed
    "$bin" --jsonl-in <"$tmp/fifo" >&- 2>&- 3>&- &
    pid=$!
    seen=
    for _ in $(seq 1 200); do
        if [[ $(readlink "/proc/$pid/fd/1" 2>/dev/null) == /dev/null &&
            $(readlink "/proc/$pid/fd/2" 2>/dev/null) == /dev/null ]]; then
            seen=yes
            break
        fi
        sleep 0.05
    done
    exec 3>&-
    wait "$pid" || true
    [[ $seen == yes ]] || fail "closed fds 1 and 2 were not reopened on /dev/null"
    ok
fi

# `-o "$OUT"` with OUT unset: a usage error, not records on a stdout the caller discards.
run -o '' "$tmp/in" >"$tmp/o"
[[ $rc -eq 2 && ! -s $tmp/o && $(head -1 "$tmp/e") == 'archive: error: --output-dir: empty folder name' ]] ||
    fail "-o '': rc=$rc, $(cat "$tmp/e")"
ok

echo "batch41_streams.sh: $checks checks passed"
