#!/usr/bin/env python3
"""Peak memory of `archive` on one large input of each odd shape (issue 5: peak RSS under 64 MB).

Generates inputs of a few megabytes in shapes a folder may hold beside news pages (a one-word-per-line export, a log
of short lines, a text of paragraphs, one huge line, the samples printed again and again, a flood of quote marks, a
list of names, a table of cells) and prints, for each, its size, the peak RSS of one `archive FILE` run (GNU time),
RSS over size and the seconds it took. A benchmark: it prints figures and fails on none.

Usage: scripts/memory_shapes.py [--bin build/archive] [--mb 2] [--only NAME,...] [--keep DIR]
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Made-up words of several languages, for lines that read like text without being anyone's text.
WORDS = ("maison rue ville jour homme Haus Stadt Fluss Zeit Weg house river street time road casa fiume strada "
         "giorno tempo calle río tiempo camino rua rio tempo dia huis straat tijd dom rzeka ulica czas le la les "
         "der die das the of and et und e y de van w na a to in").split()
GIVEN = "Anna Marc Jonas Lucia Pedro Joana Pieter Ewa Claire Stefan Giulia Tomás".split()
FAMILY = "Martin Keller Rossi García Silva Jansen Nowak Dubois Weber Bianchi Costa Bakker".split()


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def fill(make, size):
    """Lines from make() until `size` bytes are reached."""
    out, total = [], 0
    while total < size:
        line = make()
        out.append(line)
        total += len(line.encode()) + 1
    return "\n".join(out) + "\n"


def shapes(size, rng):
    samples = sorted(os.path.join(ROOT, "samples", f) for f in os.listdir(os.path.join(ROOT, "samples"))
                     if f.endswith(".txt"))
    pages = [open(p, encoding="utf-8", errors="replace").read() for p in samples]

    def page_copies():
        out, total = [], 0
        while total < size:
            p = pages[len(out) % len(pages)]
            out.append(p)
            total += len(p.encode())
        return "\n\n".join(out)

    def huge_line():
        parts, total = [], 0
        while total < size:
            s = sentence(rng, rng.randint(8, 30))
            parts.append(s)
            total += len(s) + 1
        return " ".join(parts) + "\n"

    def quote_flood():
        marks = ["«", "»", "\u201c", "\u201d", "\u201e", '"', "'", "‹", "›"]
        return fill(lambda: " ".join(rng.choice(marks) + rng.choice(WORDS) for _ in range(rng.randint(5, 20))), size)

    return {
        "one-word lines": lambda: fill(lambda: rng.choice(WORDS), size),
        "short lines": lambda: fill(lambda: " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6))), size),
        "paragraphs": lambda: fill(lambda: " ".join(sentence(rng, rng.randint(8, 25)) for _ in range(4)) + "\n",
                                   size),
        "one huge line": huge_line,
        "page copies": page_copies,
        "quote marks": quote_flood,
        "name lists": lambda: fill(lambda: rng.choice(GIVEN) + " " + rng.choice(FAMILY), size),
        "table rows": lambda: fill(lambda: "| " + " | ".join(
            rng.choice([rng.choice(WORDS), str(rng.randint(0, 99999)), f"{rng.randint(0, 999)}.{rng.randint(0, 99)}"])
            for _ in range(rng.randint(3, 8))) + " |", size),
    }


def peak(binary, path):
    """(peak RSS in KB, seconds) of `binary path`, its output thrown away."""
    start = time.monotonic()
    r = subprocess.run(["/usr/bin/time", "-f", "%M", binary, path], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    seconds = time.monotonic() - start
    lines = r.stderr.strip().splitlines()
    if r.returncode != 0 or not lines:
        print(f"memory_shapes: {path}: exit {r.returncode}: {r.stderr.strip()}", file=sys.stderr)
        return None, seconds
    return int(lines[-1]), seconds


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "archive"))
    ap.add_argument("--mb", type=float, default=2.0, help="size of each input in MB (default 2)")
    ap.add_argument("--only", default="", help="comma-separated shape names")
    ap.add_argument("--keep", default="", help="write the inputs to this folder and keep them")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if not os.access("/usr/bin/time", os.X_OK):
        sys.exit("memory_shapes: GNU time is needed (Debian package time)")
    rng = random.Random(args.seed)
    size = int(args.mb * 1e6)
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    folder = args.keep or tempfile.mkdtemp(prefix="archive-shapes-")
    os.makedirs(folder, exist_ok=True)
    print(f"{'shape':<16} {'size MB':>8} {'peak MB':>8} {'RSS/size':>9} {'seconds':>8}")
    for name, make in shapes(size, rng).items():
        if only and name not in only:
            continue
        path = os.path.join(folder, name.replace(" ", "-") + ".txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(make())
        bytes_ = os.path.getsize(path)
        kb, seconds = peak(args.bin, path)
        if kb is None:
            continue
        print(f"{name:<16} {bytes_ / 1e6:8.2f} {kb / 1e3:8.1f} {kb * 1e3 / bytes_:9.1f} {seconds:8.2f}")
        if not args.keep:
            os.remove(path)
    if not args.keep:
        os.rmdir(folder)


if __name__ == "__main__":
    main()
