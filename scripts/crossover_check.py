#!/usr/bin/env python3
"""Lossless crossover search: pages spliced from pieces of the samples, run through the CLI, every line kept.

The fuzzer (scripts/fuzz.sh) found lines lost when it crossed two sample pages: a second agency line under another
page's byline took the source tag's role and no field held it. Its search is random and short in CI; this one is
seeded and reproducible. It builds INPUTS pages from the samples, each one of:
  - the head of page A and the tail of page B, cut at lines or at characters;
  - page A with a run of page B's lines (1-5, or up to 40) or characters (up to 400) put in at a random place;
runs them all through `archive --jsonl-in` (every page gives its record), then checks the rule of src/lossless.cpp on
each page with tools/lossless_check (LOSSLESS, by default tests/lossless_check beside the binary), which parses each
file as the CLI does: every non-blank input line of the decoded text (a Markdown export's marks taken off), white
space collapsed, is held by the record whole, or in at most four consecutive pieces each opening or closing a field
or going on from the lines around it in a paragraph.
Prints how each page was made and the first lost line of each failing page; exit status 1 when any line was lost.
  python3 scripts/crossover_check.py --bin build/archive [--inputs 20000] [--seed 1] [--samples samples]
                                     [--lossless build/tests/lossless_check]
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

BATCH = 2000  # pages a CLI run (a batch's JSON Lines are held in memory)


def make_pages(names, texts, count, seed):
    rnd = random.Random(seed)
    lines = [t.split("\n") for t in texts]
    pages = []
    for _ in range(count):
        a, b = rnd.randrange(len(texts)), rnd.randrange(len(texts))
        kind = rnd.randrange(5)
        if kind < 3:
            la, lb = lines[a], lines[b]
            i, j = rnd.randrange(len(la) + 1), rnd.randrange(len(lb) + 1)
            if kind == 0:
                how, body = f"{names[a]} lines [:{i}] + {names[b]} lines [{j}:]", la[:i] + lb[j:]
            else:
                k = rnd.randrange(1, 6) if kind == 1 else rnd.randrange(1, 41)
                how = f"{names[a]} with {names[b]} lines [{j}:{j + k}] put in before its line {i}"
                body = la[:i] + lb[j:j + k] + la[i:]
            pages.append((how, "\n".join(body)))
        else:
            ta, tb = texts[a], texts[b]
            x, y = rnd.randrange(len(ta) + 1), rnd.randrange(len(tb) + 1)
            if kind == 3:
                pages.append((f"{names[a]} characters [:{x}] + {names[b]} characters [{y}:]", ta[:x] + tb[y:]))
            else:
                k = rnd.randrange(1, 401)
                pages.append((f"{names[a]} with {names[b]} characters [{y}:{y + k}] put in at {x}",
                              ta[:x] + tb[y:y + k] + ta[x:]))
    return pages


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", required=True, help="the archive binary")
    ap.add_argument("--samples", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples"))
    ap.add_argument("--inputs", type=int, default=20000, help="pages to make (default 20000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--lossless", help="tools/lossless_check (default: tests/lossless_check beside --bin)")
    args = ap.parse_args()
    lossless = args.lossless or os.path.join(os.path.dirname(args.bin), "tests", "lossless_check")

    names = sorted(n for n in os.listdir(args.samples) if n.endswith(".txt"))
    if len(names) < 2:
        sys.exit(f"crossover_check: error: fewer than two .txt pages in {args.samples}")
    texts = []
    for n in names:
        with open(os.path.join(args.samples, n), encoding="utf-8") as f:
            texts.append(f.read())
    pages = make_pages(names, texts, args.inputs, args.seed)

    failed = []
    markdown = 0  # pages read as Markdown (lossless_check reads them against their decoded text)
    for start in range(0, len(pages), BATCH):
        batch = pages[start:start + BATCH]
        stdin = "".join(json.dumps({"id": str(start + k), "text": t}) + "\n" for k, (_, t) in enumerate(batch))
        run = subprocess.run([args.bin, "--jsonl-in"], input=stdin.encode(), capture_output=True)
        out = run.stdout.decode().splitlines()
        if run.returncode != 0 or len(out) != len(batch):
            sys.exit(f"crossover_check: error: {args.bin} --jsonl-in exited {run.returncode} with {len(out)} records "
                     f"for {len(batch)} pages: {run.stderr.decode()[:500]}")
        markdown += sum(any(w.startswith("read as Markdown") for w in json.loads(line).get("warnings", []))
                        for line in out)

    # Every page against its decoded text, a batch of files a run (the first lost line of each failing page).
    with tempfile.TemporaryDirectory() as tmp:
        for start in range(0, len(pages), BATCH):
            paths = []
            for k in range(start, min(start + BATCH, len(pages))):
                paths.append(os.path.join(tmp, f"{k}.txt"))
                with open(paths[-1], "w", encoding="utf-8") as f:
                    f.write(pages[k][1])
            run = subprocess.run([lossless, *paths], capture_output=True, text=True)
            if run.returncode not in (0, 1):
                sys.exit(f"crossover_check: error: {lossless} exited {run.returncode}: {run.stderr[:500]}")
            seen = set()
            for row in run.stdout.splitlines():
                path, sep, lost = row.partition(": lost: ")
                if sep and path not in seen:
                    seen.add(path)
                    failed.append((pages[int(os.path.basename(path)[:-4])][0], lost))
            for path in paths:
                os.remove(path)
    print(f"crossover_check: {len(pages)} pages spliced from {len(names)} samples (seed {args.seed}), "
          f"{markdown} of them read as Markdown, {len(failed)} with a lost line")
    for how, lost in failed[:20]:
        print(f"  lost {lost[:120]!r}\n    in: {how}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
