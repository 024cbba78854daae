#!/usr/bin/env python3
"""List, page by page, the section headings the gold expects and the ones the record gives.

Usage:
  heading_diag.py BIN CORPUS_DIR [CORPUS_DIR ...]

For every page with gold body blocks (the pages score.py counts for heading_f1), prints the page's heading F1,
then each missed gold heading with where the record put that text (paragraph, boilerplate, headline, lede, caption,
`inside:` a longer string, or `missing`), and each extra heading with what the gold made of it (paragraph,
list_item, `inside-gold-block`, `not-in-gold`). Ends with counts per kind, to look for kinds of lines rather than
single pages. Headings are compared as score.py does: NFC, whitespace collapsed, the gold headline left out.
"""
import json
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s or "").split())


def where_texts(rec):
    where = {}
    for key in ("headline", "kicker", "lede"):
        if rec.get(key):
            where[norm(rec[key])] = key
    for s in rec.get("sections") or []:
        for p in s.get("paragraphs") or []:
            where.setdefault(norm(p), "paragraph")
    for m in rec.get("media") or []:
        for key in ("caption", "credit"):
            if m.get(key):
                where.setdefault(norm(m[key]), key)
    for b in rec.get("boilerplate") or []:
        where.setdefault(norm(b), "boilerplate")
    return where


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    binary, corpora = sys.argv[1], [Path(c) for c in sys.argv[2:]]
    kinds = defaultdict(int)
    for corpus in corpora:
        for gpath in sorted(corpus.glob("*.gold.json")):
            name = gpath.name[: -len(".gold.json")]
            gold = json.loads(gpath.read_text(encoding="utf-8"))
            blocks = gold.get("body_blocks") or []
            if not blocks:
                continue
            out = subprocess.run([binary, "--compact", str(corpus / f"{name}.txt")], capture_output=True)
            rec = json.loads(out.stdout or b"{}")
            gh = [norm(b["text"]) for b in blocks
                  if b["kind"] == "heading" and norm(b["text"]) != norm(gold.get("headline"))]
            ph = [norm(s.get("heading")) for s in rec.get("sections") or [] if s.get("heading")]
            if not gh and not ph:
                continue
            gc, pc = Counter(gh), Counter(ph)
            tp = sum((gc & pc).values())
            f1 = 2 * tp / (len(gh) + len(ph)) if tp else 0.0
            print(f"=== {corpus.name}/{name} f1={f1:.2f} gold={len(gh)} ours={len(ph)} tp={tp}")
            where = where_texts(rec)
            for h in (gc - pc).elements():
                w = where.get(h)
                if w is None:
                    inside = [k for k in where if h and h in k]
                    w = "inside:" + where[inside[0]] if inside else "missing"
                print(f"  MISS [{w}] {h!r}")
                kinds["miss:" + w] += 1
            gold_kind = {norm(b["text"]): b["kind"] for b in blocks}
            for h in (pc - gc).elements():
                k = gold_kind.get(h) or ("inside-gold-block" if any(h in t for t in gold_kind) else "not-in-gold")
                print(f"  EXTRA [{k}] {h!r}")
                kinds["extra:" + k] += 1
    print()
    for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print(f"{v:5d} {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
