#!/usr/bin/env python3
"""Writes the head and tail cuts of pages into a folder, for a sanitized batch run over them.

Usage: cut_pages.py OUTDIR [--step N] [--dense N] PAGE...

A page cut after or before any of its lines is still a page (a copy stopped early, a dump that lost its top), and
a rule that reads the line under a title or over a paragraph meets the page's end or start there: a read out of
bounds that no whole page reaches. For each PAGE (lines counted from 1) the script writes OUTDIR/<n>/h<k>.txt, the
first k lines, and OUTDIR/<n>/t<k>.txt, the lines after the first k: every k up to --dense (40), then every --step
(3) lines. The pages' text stays in OUTDIR, which the caller removes.
"""
import argparse
import os
import sys


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("pages", nargs="+")
    ap.add_argument("--step", type=int, default=3)
    ap.add_argument("--dense", type=int, default=40)
    args = ap.parse_args()
    written = 0
    for n, path in enumerate(args.pages):
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.read().split("\n")
        folder = os.path.join(args.outdir, f"{n:05d}")
        os.makedirs(folder, exist_ok=True)
        cuts = [k for k in range(1, len(lines)) if k <= args.dense or k % args.step == 0]
        for k in cuts:
            for name, part in ((f"h{k:05d}.txt", lines[:k]), (f"t{k:05d}.txt", lines[k:])):
                with open(os.path.join(folder, name), "w", encoding="utf-8") as out:
                    out.write("\n".join(part) + "\n")
                written += 1
    print(f"cut_pages: {written} cuts of {len(args.pages)} pages in {args.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
