#!/usr/bin/env python3
"""Score the record's metadata fields against the corpus gold, which score.py does not: the language, the authors
and the publication date.

Usage:
  eval_meta.py --bin BIN [--json OUT.json] [--misses OUT.jsonl] CORPUS_DIR [CORPUS_DIR ...]

Each CORPUS_DIR holds NAME.txt pages with NAME.gold.json beside them; the pages are run through `BIN -j2 DIR` and
read back from its JSON Lines. For every corpus it prints one line of figures (and writes them with --json, in the
form check_floors.py reads):
  language     the share of pages with a gold `lang` whose record's language has the same two-letter code;
  authors      the share of pages with a gold `byline` whose record names authors, all of them found in the byline;
  authors_p    of all the names the record gives on those pages, the share found in the gold byline;
  authors_r    the share of those pages where at least one of the record's names is found in the byline;
  published    the share of pages with a gold `published` whose record's date (YYYY-MM-DD) is the same;
  published_p  of the pages with a gold date where the record gives one, the share giving the same day (a wrong
               date is worse than none).
Names and bylines are compared after NFC, case folding and whitespace collapsing. The gold comes from the pages'
HTML metadata: some bylines are site names or dates, some dates are the day the page was fetched, and some are
printed nowhere in the text, so these figures have a ceiling below 1. --misses writes one JSON line per miss.
"""
import argparse
import json
import subprocess
import sys
import unicodedata
from pathlib import Path


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s or "").split()).casefold()


def byline_text(value):
    if isinstance(value, list):
        value = " ; ".join(v for v in value if isinstance(v, str))
    return norm(value) if isinstance(value, str) else ""


def records(binary, corpus):
    out = subprocess.run([binary, "-j2", str(corpus)], capture_output=True, text=True, check=False).stdout
    recs = {}
    for line in out.splitlines():
        line = line.strip()
        if line:
            rec = json.loads(line)
            recs[Path(rec["input"]["path"]).name] = rec
    return recs


def ratio(good, total):
    return round(good / total, 3) if total else None


def score(binary, corpus, misses):
    recs = records(binary, corpus)
    n = {k: 0 for k in ("lang", "by", "by_names", "pub", "pub_given")}
    ok = {k: 0 for k in ("lang", "by", "by_names", "by_any", "pub", "pub_given")}
    failures = 0
    for gold_path in sorted(corpus.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        page = gold_path.name[: -len(".gold.json")] + ".txt"
        rec = recs.get(page)
        if rec is None:
            failures += 1
            continue
        if gold.get("lang"):
            n["lang"] += 1
            if (rec.get("language") or "")[:2] == gold["lang"][:2].lower():
                ok["lang"] += 1
            else:
                misses.append({"page": page, "field": "language", "gold": gold["lang"], "record": rec.get("language")})
        byline = byline_text(gold.get("byline"))
        if byline:
            names = [norm(a) for a in rec.get("authors") or [] if isinstance(a, str)]
            found = [a for a in names if a and a in byline]
            n["by"] += 1
            n["by_names"] += len(names)
            ok["by_names"] += len(found)
            ok["by_any"] += bool(found)
            if names and len(found) == len(names):
                ok["by"] += 1
            else:
                misses.append({"page": page, "field": "authors", "gold": gold.get("byline"), "record": rec.get("authors")})
        published = gold.get("published")
        if isinstance(published, str) and len(published) >= 10:
            n["pub"] += 1
            given = (rec.get("published") or "")[:10]
            if given:
                n["pub_given"] += 1
            if given == published[:10]:
                ok["pub"] += 1
                ok["pub_given"] += 1
            else:
                misses.append({"page": page, "field": "published", "gold": published, "record": rec.get("published")})
    result = {"corpus": corpus.name, "failures": failures}
    figures = {
        "language": ratio(ok["lang"], n["lang"]),
        "authors": ratio(ok["by"], n["by"]),
        "authors_p": ratio(ok["by_names"], n["by_names"]),
        "authors_r": ratio(ok["by_any"], n["by"]),
        "published": ratio(ok["pub"], n["pub"]),
        "published_p": ratio(ok["pub_given"], n["pub_given"]),
    }
    counts = {"language": n["lang"], "authors": n["by"], "authors_p": n["by_names"], "authors_r": n["by"],
              "published": n["pub"], "published_p": n["pub_given"]}
    for key, value in figures.items():
        if value is not None:
            result[key] = value
            result[key + "_n"] = counts[key]
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", required=True)
    parser.add_argument("--json")
    parser.add_argument("--misses")
    parser.add_argument("corpora", nargs="+", type=Path)
    args = parser.parse_args()
    results, misses = [], []
    for corpus in args.corpora:
        if not any(corpus.glob("*.gold.json")):
            continue
        result = score(args.bin, corpus, misses)
        results.append(result)
        print(" ".join(f"{k}={v}" for k, v in result.items()))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    if args.misses:
        with open(args.misses, "w", encoding="utf-8") as f:
            for m in misses:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
    return 1 if any(r["failures"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
