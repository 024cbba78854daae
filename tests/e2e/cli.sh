#!/usr/bin/env bash
# End-to-end test of the real binary, single-input modes: stdout carries JSON only, errors are `path: error: why`
# on stderr, exit status 0/1/2.  Usage: cli.sh ARCHIVE_BINARY SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() {
    echo "cli.sh: FAIL: $*" >&2
    exit 1
}
checks=0
ok() { checks=$((checks + 1)); }

page=$src/samples/lavrov-kerry.txt
golden=$src/samples/lavrov-kerry.json
[[ -f $golden ]] || golden=$src/../shared/spec/lavrov-kerry.expected.json
[[ -f $golden ]] || fail "no golden record (samples/lavrov-kerry.json)"

# `archive FILE`: the pretty record, equal to the golden one but for input.path, which is the path as given.
"$bin" "$page" >"$tmp/out.json" 2>"$tmp/err" || fail "archive FILE exited $?"
[[ ! -s $tmp/err ]] || fail "archive FILE wrote to stderr: $(cat "$tmp/err")"
jq -e --slurpfile g "$golden" 'del(.input.path) == ($g[0] | del(.input.path))' "$tmp/out.json" >/dev/null ||
    fail "record differs from $golden: $(diff <(jq 'del(.input.path)' "$golden") <(jq 'del(.input.path)' "$tmp/out.json") | head -20)"
[[ $(jq -r .input.path "$tmp/out.json") == "$page" ]] || fail "input.path is not the path given"
ok
[[ $(sed -n 2p "$tmp/out.json") == '  "schema_version": 1,' ]] || fail "not indented by 2 spaces"
[[ $(tail -c 1 "$tmp/out.json" | od -An -c | tr -d ' ') == '\n' ]] || fail "no trailing newline"
ok

# The README's first pipeline.
headline=$("$bin" "$page" | jq -r .headline)
[[ $headline == "$(jq -r .headline "$golden")" && $headline != null && -n $headline ]] ||
    fail "archive FILE | jq -r .headline printed '$headline'"
ok

# Standard input: `-`, and piped input with no argument. input.path is "-", the rest is the same.
for mode in dash pipe; do
    if [[ $mode == dash ]]; then
        "$bin" - <"$page" >"$tmp/stdin.json"
    else
        cat "$page" | "$bin" >"$tmp/stdin.json"
    fi
    [[ $(jq -r .input.path "$tmp/stdin.json") == - ]] || fail "$mode: input.path is not -"
    jq -e --slurpfile f "$tmp/out.json" 'del(.input.path) == ($f[0] | del(.input.path))' "$tmp/stdin.json" \
        >/dev/null || fail "$mode: record differs from the file's"
    ok
done

# --compact: one line, the same record.
"$bin" --compact "$page" >"$tmp/compact.json"
[[ $(wc -l <"$tmp/compact.json") -eq 1 ]] || fail "--compact is not one line"
jq -e --slurpfile f "$tmp/out.json" '. == $f[0]' "$tmp/compact.json" >/dev/null || fail "--compact record differs"
ok

# --version, --help, --schema.
"$bin" --version | grep -Eq '^archive [0-9]+\.[0-9]+\.[0-9]+' || fail "--version: $("$bin" --version)"
"$bin" --help >"$tmp/help" || fail "--help exited $?"
for flag in --compact --schema --jobs --output-dir --glob --force --max-bytes --progress --jsonl-in; do
    grep -q -- "$flag" "$tmp/help" || fail "--help does not mention $flag"
done
"$bin" --schema | jq -e '."$schema" | test("2020-12")' >/dev/null || fail "--schema is not a 2020-12 JSON Schema"
ok

# A missing file: exit 1, `path: error: why` on stderr, nothing on stdout.
set +e
"$bin" "$tmp/missing.txt" >"$tmp/o" 2>"$tmp/e"
rc=$?
set -e
[[ $rc -eq 1 ]] || fail "missing file: exit $rc, expected 1"
[[ ! -s $tmp/o ]] || fail "missing file: something on stdout"
[[ $(cat "$tmp/e") == "$tmp/missing.txt: error: No such file or directory" ]] || fail "missing file: stderr '$(cat "$tmp/e")'"
ok

# Usage errors: exit 2 and nothing on stdout.
for args in "--no-such-flag" "--jobs x $page" "--progress --no-progress $page" "--jsonl-in $page" "- -"; do
    set +e
    # shellcheck disable=SC2086
    "$bin" $args </dev/null >"$tmp/o" 2>"$tmp/e"
    rc=$?
    set -e
    [[ $rc -eq 2 ]] || fail "'archive $args': exit $rc, expected 2"
    [[ ! -s $tmp/o ]] || fail "'archive $args': something on stdout"
    [[ -s $tmp/e ]] || fail "'archive $args': no message on stderr"
    ok
done
if command -v script >/dev/null; then # no argument and a terminal on stdin: nothing to read, usage error
    set +e
    script -qec "$bin" /dev/null >"$tmp/o" 2>&1 </dev/null
    rc=$?
    set -e
    [[ $rc -eq 2 ]] || fail "no input on a terminal: exit $rc, expected 2 ($(cat "$tmp/o"))"
    ok
fi

# Several files: one compact record per line, in argument order; a failure in the middle does not stop the others.
"$bin" "$src"/samples/*.txt >"$tmp/many.jsonl" 2>"$tmp/e"
n=$(ls "$src"/samples/*.txt | wc -l)
[[ $(wc -l <"$tmp/many.jsonl") -eq $n ]] || fail "several files: $(wc -l <"$tmp/many.jsonl") lines for $n files"
diff <(jq -r .input.path "$tmp/many.jsonl") <(printf '%s\n' "$src"/samples/*.txt) >/dev/null ||
    fail "several files: not in argument order"
[[ $(tail -n 1 "$tmp/e") == "converted $n, skipped 0, failed 0" ]] || fail "several files: summary '$(cat "$tmp/e")'"
ok
set +e
"$bin" "$page" "$tmp/missing.txt" "$page" >"$tmp/o" 2>"$tmp/e"
rc=$?
set -e
[[ $rc -eq 1 && $(wc -l <"$tmp/o") -eq 2 ]] || fail "one missing among three: exit $rc, $(wc -l <"$tmp/o") lines"
grep -qx "$tmp/missing.txt: error: No such file or directory" "$tmp/e" || fail "one missing among three: no error line"
grep -qx "converted 2, skipped 0, failed 1" "$tmp/e" || fail "one missing among three: summary"
ok

# Input refused before parsing: over --max-bytes (not read), binary file, device.
size=$(wc -c <"$page")
set +e
"$bin" --max-bytes 1000 "$page" >"$tmp/o" 2>"$tmp/e"
rc=$?
set -e
[[ $rc -eq 1 && ! -s $tmp/o ]] || fail "--max-bytes: exit $rc"
[[ $(cat "$tmp/e") == "$page: error: file too large ($size bytes, limit 1000)" ]] || fail "--max-bytes: '$(cat "$tmp/e")'"
set +e
"$bin" --max-bytes 1K - <"$page" >"$tmp/o" 2>"$tmp/e"
rc=$?
set -e
[[ $rc -eq 1 && $(cat "$tmp/e") == "-: error: file too large ($size bytes, limit 1024)" ]] ||
    fail "--max-bytes 1K on redirected stdin: '$(cat "$tmp/e")'"
set +e
head -c 5000 /dev/zero | tr '\0' 'a' | "$bin" --max-bytes 1K >"$tmp/o" 2>"$tmp/e"
rc=$?
set -e
[[ $rc -eq 1 && $(cat "$tmp/e") == "-: error: file too large (more than 1024 bytes, limit 1024)" ]] ||
    fail "--max-bytes 1K on a pipe: '$(cat "$tmp/e")'"
ok
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0' >"$tmp/image.txt"
set +e
"$bin" "$tmp/image.txt" >"$tmp/o" 2>"$tmp/e"
rc=$?
set -e
[[ $rc -eq 1 && ! -s $tmp/o ]] || fail "binary file: exit $rc"
grep -q "^$tmp/image.txt: error: not a text file" "$tmp/e" || fail "binary file: '$(cat "$tmp/e")'"
set +e
"$bin" /dev/zero >"$tmp/o" 2>"$tmp/e"
rc=$?
set -e
[[ $rc -eq 1 && $(cat "$tmp/e") == "/dev/zero: error: not a regular file (character device)" ]] ||
    fail "device: exit $rc, '$(cat "$tmp/e")'"
ok

# A FIFO named on the command line is read like a pipe (process substitution).
"$bin" <(cat "$page") | jq -e '.headline != null' >/dev/null || fail "<(cat page) gave no record"
ok

# Standard streams: a stdout that refuses writes (full disk, closed) is reported, exit 1, and nothing is counted as
# converted; fds 0-2 closed by the caller are reopened on /dev/null before any file is opened.
run_err() { # run ARGS... with stdout already redirected by the caller; sets $rc, stderr in $tmp/e
    set +e
    timeout 120 "$bin" "$@" 2>"$tmp/e"
    rc=$?
    set -e
}
mkdir -p "$tmp/in"
cp "$src/samples/lavrov-kerry.txt" "$tmp/in/a.txt"
cp "$src/samples/en-reuters-wire.txt" "$tmp/in/b.txt"
full='archive: error: cannot write standard output: No space left on device'

if [[ -w /dev/full ]]; then
    run_err "$tmp/in/a.txt" >/dev/full
    [[ $rc -eq 1 && $(cat "$tmp/e") == "$full" ]] || fail "FILE >/dev/full: rc=$rc, $(cat "$tmp/e")"
    ok
    run_err --schema >/dev/full
    [[ $rc -eq 1 && $(cat "$tmp/e") == "$full" ]] || fail "--schema >/dev/full: rc=$rc, $(cat "$tmp/e")"
    ok
    run_err -j2 "$tmp/in" >/dev/full
    [[ $rc -eq 1 && $(head -1 "$tmp/e") == "$full" && $(tail -1 "$tmp/e") == "converted 0, skipped 0, failed 0" ]] ||
        fail "DIR >/dev/full: rc=$rc, $(cat "$tmp/e")"
    ok
    printf '{"id":"x","text":"Budget vote\\n\\nThe council voted."}\n' >"$tmp/one.jsonl"
    run_err --jsonl-in <"$tmp/one.jsonl" >/dev/full
    [[ $rc -eq 1 && $(head -1 "$tmp/e") == "$full" && $(tail -1 "$tmp/e") == "converted 0, skipped 0, failed 0" ]] ||
        fail "--jsonl-in >/dev/full: rc=$rc, $(cat "$tmp/e")"
    ok
fi

# stdout closed by the caller: reopened, but so that writing to it still fails and is said.
run_err "$tmp/in/a.txt" >&-
[[ $rc -eq 1 && $(cat "$tmp/e") == 'archive: error: cannot write standard output: Bad file descriptor' ]] ||
    fail "FILE >&-: rc=$rc, $(cat "$tmp/e")"
ok
run_err "$tmp/in" >&-
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
run_err -o '' "$tmp/in" >"$tmp/o"
[[ $rc -eq 2 && ! -s $tmp/o && $(head -1 "$tmp/e") == 'archive: error: --output-dir: empty folder name' ]] ||
    fail "-o '': rc=$rc, $(cat "$tmp/e")"
ok

# File names that are not plain text: a Latin-1 name gets a reversible input.path with a warning (two such names
# stay two); a newline or a terminal escape in a name is escaped in the message, one message a line.
names=$tmp/names
mkdir -p "$names"
printf 'Titre\n\nLe conseil a vot\xc3\xa9 jeudi.\n' >"$names/$(printf 'caf\xe9.txt')"
printf 'Titre\n\nLe conseil a vot\xc3\xa9 lundi.\n' >"$names/$(printf 'caf\xe8.txt')"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' >"$names/$(printf 'x\ny.txt')"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' >"$names/$(printf 'esc\033[31mred.txt')"
run_err "$names" >"$tmp/o"
[[ $(jq -r .input.path "$tmp/o" | tr '\n' ' ') == "$names/caf\\xE8.txt $names/caf\\xE9.txt " ]] ||
    fail "non-UTF-8 names: $(jq -c .input.path "$tmp/o")"
[[ $(jq -r '.warnings[-1]' "$tmp/o" | sort -u) == 'file name is not UTF-8: '* ]] || fail "non-UTF-8 names: no warning"
[[ $(wc -l <"$tmp/e") -eq 3 ]] || fail "escaped names: not one message a line: $(cat -A "$tmp/e")"
grep -qxF "$names/x\\x0Ay.txt: error: not a text file (looks like PNG image)" "$tmp/e" || fail "newline: $(cat -A "$tmp/e")"
grep -qxF "$names/esc\\x1B[31mred.txt: error: not a text file (looks like PNG image)" "$tmp/e" ||
    fail "terminal escape: $(cat -A "$tmp/e")"
! grep -q $'\033' "$tmp/e" || fail "a terminal escape reached stderr"
ok

# --jsonl-in in UTF-16 (as PowerShell writes it): one message, not one per line.
printf '\xff\xfe{\0"\0i\0d\0"\0:\0"\0a\0"\0}\0\n\0{\0}\0\n\0' | run_err --jsonl-in >"$tmp/o"
[[ $rc -eq 1 && ! -s $tmp/o && $(wc -l <"$tmp/e") -eq 2 ]] || fail "UTF-16 JSON Lines: rc=$rc, $(cat -A "$tmp/e")"
grep -q '^-:1: error: input is UTF-16LE (BOM FF FE); JSON Lines must be UTF-8' "$tmp/e" || fail "UTF-16: $(cat "$tmp/e")"
ok

echo "cli.sh: $checks checks passed"
