#!/usr/bin/env python3
"""Fails when a line of the project repeats seven consecutive words of a page of the evaluation corpus.

The corpus is for measuring only: tests, samples, word lists and comments must be our own text. The user's
example page (spec/lavrov-kerry.txt, also the seed corpus) is the one page the project may quote.
Usage: scripts/check_corpus_overlap.py CORPUS_DIR [FILE...]   (default files: src/, tests/, samples/, README.md, docs/)
"""
import glob
import os
import sys

WINDOW = 7      # words
MIN_CHARS = 30  # shorter windows are common phrases ("one of the most ...")


def words_of(text):
    # C++ string quotes and escapes around a word do not make it another word
    return [w.strip('"(){},;\\') for w in text.replace('\\"', '"').replace('\\n', ' ').split()]


def windows(words):
    for i in range(len(words) - WINDOW + 1):
        piece = " ".join(words[i:i + WINDOW])
        if len(piece) >= MIN_CHARS:
            yield piece


def corpus_windows(root):
    seen = set()
    for path in glob.glob(os.path.join(root, "**", "*"), recursive=True):
        if os.path.isfile(path) and "lavrov-kerry" not in os.path.basename(path):
            with open(path, encoding="utf-8", errors="ignore") as f:
                seen.update(windows(words_of(f.read())))
    return seen


def project_files():
    files = []
    for pattern in ("src/**/*.cpp", "src/**/*.hpp", "src/lexicon/*.txt", "include/**/*.hpp", "tests/**/*.cpp",
                    "tests/**/*.sh", "samples/*.txt", "samples/*.json", "README.md", "docs/*.md"):
        files += glob.glob(pattern, recursive=True)
    return sorted(f for f in set(files) if "lavrov-kerry" not in f)


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    seen = corpus_windows(sys.argv[1])
    files = sys.argv[2:] or project_files()
    found = 0
    for path in files:
        with open(path, encoding="utf-8", errors="ignore") as f:
            for number, line in enumerate(f, 1):
                for piece in windows(words_of(line)):
                    if piece in seen:
                        print(f"{path}:{number}: repeats corpus text: {piece[:100]}")
                        found += 1
                        break
    print(f"{len(files)} files checked against the corpus: {found} lines repeat it")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
