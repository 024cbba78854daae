#!/usr/bin/env python3
"""Generates a folder of page files for batch benchmarks and tests, from the samples with variations.

  gen_batch_corpus.py OUT_DIR [--count 20000] [--per-dir 200] [--seed 1] [--samples DIR] [--blocks N]

Each page is one of samples/*.txt with its body paragraphs shuffled (the header and the last lines stay in place),
capitalised names swapped for others seen in the samples and digits replaced, so every file has its own bytes and
sha256 while still looking like a news page (--blocks N keeps the first N paragraph blocks only, for small, fast
files in tests). Files go to OUT_DIR/dNNN/page-NNNNNN.txt, --per-dir to a folder.
The same arguments give the same files. Standard library only.
"""
import argparse
import os
import random
import re
import sys
from pathlib import Path

NAME = re.compile(r"(?<=[a-zà-ÿ,;:] )[A-ZÀ-Þ][a-zà-ÿ]{3,}")
DIGITS = re.compile(r"\d")


def blocks_of(text):
    """Paragraph blocks: runs of non-blank lines."""
    return [b for b in re.split(r"\n\s*\n", text.strip("\n")) if b.strip()]


def vary(text, names, rng, keep=0):
    blocks = blocks_of(text)
    if keep:
        blocks = blocks[:keep]
    if len(blocks) > 6:
        head, body, tail = blocks[:3], blocks[3:-2], blocks[-2:]
        rng.shuffle(body)
        blocks = head + body + tail
    out = "\n\n".join(blocks) + "\n"
    if names:
        out = NAME.sub(lambda m: rng.choice(names) if rng.random() < 0.5 else m.group(0), out)
    out = DIGITS.sub(lambda m: str(rng.randrange(10)) if rng.random() < 0.3 else m.group(0), out)
    return out


def main():
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--count", type=int, default=20000)
    ap.add_argument("--per-dir", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--samples", type=Path, default=here / "samples")
    ap.add_argument("--blocks", type=int, default=0, help="keep only the first N blocks of each page")
    a = ap.parse_args()

    pages = [p.read_text(encoding="utf-8") for p in sorted(a.samples.glob("*.txt"))]
    if not pages:
        sys.exit(f"gen_batch_corpus.py: error: no *.txt in {a.samples}")
    names = sorted({m.group(0) for p in pages for m in NAME.finditer(p)})
    rng = random.Random(a.seed)
    total = 0
    for i in range(a.count):
        d = a.out_dir / f"d{i // a.per_dir:03d}"
        if i % a.per_dir == 0:
            d.mkdir(parents=True, exist_ok=True)
        data = vary(pages[i % len(pages)], names, rng, a.blocks).encode("utf-8")
        (d / f"page-{i:06d}.txt").write_bytes(data)
        total += len(data)
    print(f"{a.count} files, {total / 1e6:.1f} MB in {a.out_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
