#!/usr/bin/env bash
# Fuzzes parse() + to_json() for SECONDS (default 60) with libFuzzer, seeded with samples/*.txt and a few hostile
# pages; prints how many executions ran clean, exits 1 on any crash.
#   bash scripts/fuzz.sh 60              builds fuzz/ with clang in build-fuzz/ (ASan+UBSan, -O1 -g1)
#   bash scripts/fuzz.sh 60 build-asan   reuses a build directory already configured with clang, -DARCHIVE_FUZZ=ON
#                                        and -DARCHIVE_SANITIZE=ON (.ci/run's, whose library serves the unit tests
#                                        too): only parse_fuzzer is built there, no second library
set -euo pipefail

seconds=${1:-60}
if ! [[ $seconds =~ ^[1-9][0-9]*$ ]] || (($# > 2)); then
  echo "usage: $0 SECONDS [BUILD_DIR]" >&2
  exit 2
fi

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if (($# == 2)); then
  build=$(cd "$2" && pwd)
  cache=$build/CMakeCache.txt
  if ! grep -qx 'ARCHIVE_FUZZ:BOOL=ON' "$cache" 2>/dev/null || ! grep -qx 'ARCHIVE_SANITIZE:BOOL=ON' "$cache"; then
    echo "fuzz.sh: error: $2 is not configured with -DARCHIVE_FUZZ=ON -DARCHIVE_SANITIZE=ON" >&2
    exit 2
  fi
else
  build=$root/build-fuzz
  cxx=${FUZZ_CXX:-clang++}
  if ! command -v "$cxx" >/dev/null; then
    echo "fuzz.sh: error: $cxx not found (apt-get install clang libclang-rt-dev)" >&2
    exit 2
  fi
  mkdir -p "$build"
  # (-O1 -g1, as libFuzzer's and the sanitizers' documentation suggest: half the compile time of -O2 -g.)
  CXX=$cxx cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" -DARCHIVE_FUZZ=ON -DARCHIVE_TESTS=OFF -DARCHIVE_SANITIZE=ON >"$build/configure.log" 2>&1 ||
    { cat "$build/configure.log" >&2; exit 2; }
  rm -f "$build/configure.log"
fi
cmake --build "$build" --target parse_fuzzer >"$build/build.log" 2>&1 ||
  { cat "$build/build.log" >&2; exit 2; }
rm -f "$build/build.log"

# Seeds: the sample pages, plus small hostile pages made here so that none is checked in.
seeds=$build/seeds
rm -rf "$seeds" "$build/run" "$build/artifacts"
mkdir -p "$seeds" "$build/corpus" "$build/artifacts" "$build/run"
for f in "$root"/samples/*.txt; do
  [[ -e $f ]] && cp "$f" "$seeds/"
done
printf 'Titre «sans fin\n\nIl a dit: „jamais et "encore « puis » » “ ‹ fin.\n' >"$seeds/h-unmatched-quotes.txt"
printf '\xff\xfeT\x00i\x00t\x00r\x00e\x00\n\x00\n\x00\xab\x00O\x00u\x00i\x00\xbb\x00,\x00 \x00d\x00i\x00t\x00-\x00i\x00l\x00.\x00\n\x00' >"$seeds/h-utf16le-bom.txt"
printf '\xfe\xff\x00T\x00i\x00t\x00l\x00e\x00\n\x00\n\x00"\x00Y\x00e\x00s\x00"\x00,\x00 \x00h\x00e\x00 \x00s\x00a\x00i\x00d\x00.\x00\n' >"$seeds/h-utf16be-bom.txt"
printf 'T\x00i\x00t\x00l\x00e\x00\n\x00\n\x00B\x00o\x00d\x00y\x00 \x00t\x00e\x00x\x00t\x00.\x00\n\x00' >"$seeds/h-utf16le-nobom.txt"
printf 'Headline here\r\n\r\nBERLIN (dpa) - First paragraph, said Merkel.\r\n\r\n(dpa)\r\nOld Mac\rline\r' >"$seeds/h-crlf-cr.txt"
printf 'Head\x00line\n\nBody \x00with NULs\x00.\n\x01\x02\x1b[0m\x7f control\n' >"$seeds/h-nuls-controls.txt"
printf 'Caf\xe9 cr\xe8me\n\n\x93Quoted\x94, said the \x80 man.\n' >"$seeds/h-windows-1252.txt"
printf 'Bad \xc3\x28 utf8 \xed\xa0\x80 surrogate \xc0\xaf overlong \xf4\x90\x80\x80 big\n\nend \xe2\x82\n' >"$seeds/h-invalid-utf8.txt"
printf '\xef\xbb\xbf\xc2\xa0\xe2\x80\xaf\xe2\x80\x8b\n \t \n\n' >"$seeds/h-bom-invisible.txt"
printf '(ats)\n(AFP)\n\n(ats/afp)\n(dpa/reuters)\n(ats)\n' >"$seeds/h-tags.txt"
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' >"$seeds/h-png.txt"
: >"$seeds/h-empty.txt"

jobs=1
if [[ $(nproc 2>/dev/null || echo 1) -ge 2 ]]; then
  jobs=2
fi

echo "fuzz.sh: fuzzing parse + to_json for ${seconds}s with $jobs worker(s), $(ls "$seeds" | wc -l) seeds"
status=0
# -jobs runs independent fuzzer processes sharing corpus/, each logging to run/fuzz-N.log.
(cd "$build/run" && "$build/fuzz/parse_fuzzer" -jobs=$jobs -workers=$jobs \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$build/artifacts/" "$build/corpus" "$seeds" >"$build/run/driver.log" 2>&1) || status=$?

executed=0
for log in "$build"/run/fuzz-*.log; do
  [[ -e $log ]] || continue
  n=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -n 1)
  executed=$((executed + ${n:-0}))
done

shopt -s nullglob
crashes=("$build"/artifacts/crash-* "$build"/artifacts/leak-* "$build"/artifacts/timeout-* "$build"/artifacts/oom-*)
shopt -u nullglob

if ((status != 0 || ${#crashes[@]} > 0)); then
  echo "fuzz.sh: FAILED: fuzzer exit $status, ${#crashes[@]} failing input(s) after $executed executions" >&2
  for c in "${crashes[@]}"; do
    echo "  $c" >&2
  done
  shopt -s nullglob
  logs=("$build"/run/fuzz-*.log)
  shopt -u nullglob
  ((${#logs[@]} > 0)) || logs=("$build/run/driver.log")
  for log in "${logs[@]}"; do
    pattern='^(==[0-9]+==ERROR|parse_fuzzer: property violated|SUMMARY:|Test unit written)|No such file'
    if grep -qE "$pattern" "$log"; then
      echo "--- $log" >&2
      grep -E -A2 "$pattern" "$log" | head -n 30 >&2
      # The sanitizer's stack frames in the project's own code (a CI machine's artifact is gone with it).
      grep -E '^ +#[0-9]+ .* in .*(/src/|/fuzz/)' "$log" | head -n 40 >&2 || true
    fi
  done
  # The failing inputs themselves, small ones in base64, so that a CI log alone reproduces them:
  #   base64 -d > crash.txt <<< 'LINE'; build-fuzz/fuzz/parse_fuzzer crash.txt
  for c in "${crashes[@]}"; do
    if (($(wc -c <"$c") <= 16384)); then
      echo "--- base64 of $(basename "$c"):" >&2
      base64 -w 0 "$c" >&2
      echo >&2
    fi
  done
  echo "reproduce: $build/fuzz/parse_fuzzer FILE" >&2
  exit 1
fi
echo "fuzz.sh: $executed executions ran clean in ${seconds}s, no crash"
