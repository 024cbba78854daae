#!/usr/bin/env bash
# Every golden record, every fresh record (pretty, JSON Lines, --jsonl-in, odd inputs) validates against
# `archive --schema` with a real JSON Schema validator (Debian's python3-jsonschema, Draft 2020-12), and the schema
# itself is a valid 2020-12 schema.  Usage: schema.sh ARCHIVE_BINARY SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() {
    echo "schema.sh: FAIL: $*" >&2
    exit 1
}

# Debian's interpreter: the `python3` first on PATH may be another one without jsonschema.
py=/usr/bin/python3
"$py" -c 'import jsonschema' 2>/dev/null || fail "$py cannot import jsonschema (apt-get install python3-jsonschema)"

"$bin" --schema >"$tmp/schema.json"

records=()
for golden in "$src"/samples/*.json; do
    [[ -e $golden ]] && records+=("$golden")
done
i=0
for page in "$src"/samples/*.txt; do
    i=$((i + 1))
    "$bin" "$page" >"$tmp/fresh-$i.json"
    records+=("$tmp/fresh-$i.json")
done
"$bin" "$src/samples" >"$tmp/folder.jsonl" 2>/dev/null
records+=("$tmp/folder.jsonl")

# Odd inputs still give records that validate.
mkdir "$tmp/odd"
: >"$tmp/odd/empty.txt"
printf '\n\n   \n\t\n' >"$tmp/odd/blank.txt"
printf 'Caf\xe9 cr\xe8me\n\nUne phrase en Latin-1 avec des accents: d\xe9j\xe0 vu.\n' >"$tmp/odd/latin1.txt"
printf 'Bad \xff\xfe bytes \xc3\x28 here\r\nand a lone CR\rline\x01 with control\n' >"$tmp/odd/broken.txt"
printf '\xef\xbb\xbfHeadline with BOM\n\n"Quote without end, said nobody.\n' >"$tmp/odd/bom.txt"
head -c 20000 /dev/zero | tr '\0' '"' >"$tmp/odd/quotes.txt"
"$bin" "$tmp/odd" >"$tmp/odd.jsonl" 2>"$tmp/odd.err" || true
[[ $(wc -l <"$tmp/odd.jsonl") -ge 5 ]] || fail "odd inputs gave $(wc -l <"$tmp/odd.jsonl") records: $(cat "$tmp/odd.err")"
records+=("$tmp/odd.jsonl")

jq -Rsc '{id: "page", text: .}' "$src/samples/lavrov-kerry.txt" >"$tmp/in.jsonl"
echo '{"id": 12, "text": "Short title\n\nA body line."}' >>"$tmp/in.jsonl"
"$bin" --jsonl-in <"$tmp/in.jsonl" >"$tmp/jsonl-in.jsonl" 2>/dev/null
records+=("$tmp/jsonl-in.jsonl")

"$py" - "$tmp/schema.json" "${records[@]}" <<'EOF'
import json
import sys

from jsonschema import Draft202012Validator

schema = json.load(open(sys.argv[1], encoding="utf-8"))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)
count = bad = 0
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        if path.endswith(".jsonl"):
            docs = [json.loads(line) for line in f if line.strip()]
        else:
            docs = [json.load(f)]
    for n, doc in enumerate(docs, 1):
        count += 1
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        if errors:
            bad += 1
            for e in errors[:5]:
                print(f"schema.sh: {path}:{n}: {e.json_path}: {e.message}", file=sys.stderr)
if count == 0:
    sys.exit("schema.sh: FAIL: no record validated")
print(f"schema.sh: {count - bad} of {count} records valid against the schema")
sys.exit(1 if bad else 0)
EOF
