#!/usr/bin/env python3
"""Check corpus scores against their floors.

Usage:
  check_floors.py SCORES.json [MORE_SCORES.json ...] FLOORS.json

SCORES.json is what `score.py --json` writes: a list of {"corpus": NAME, "failures": N, METRIC: VALUE, ...}. Several
score files (score.py's and scripts/eval_meta.py's) are merged corpus by corpus, failures added up.
FLOORS.json maps a corpus name to the floors of some of its metrics:
  {"readability": {"headline": 0.90, "body_f1": 0.93}, "trafilatura": {"seg_f1": 0.92}}
For every corpus listed there, the check fails when a listed metric scores more than 0.01 below its floor (or was
not measured), when the corpus was not scored at all, or when any page failed (non-zero exit, invalid JSON,
timeout). Metrics and corpora that the floors file does not list are only reported. Keys starting with "_" or "$"
are comments. When the floors file is missing or `{}`, the scores are only reported.
Exit status: 0 all floors held, 1 some did not, 2 unreadable input.
"""
import json
import sys
from pathlib import Path

TOLERANCE = 0.01
EPSILON = 1e-9  # scores are rounded to 3 decimals: 0.920 against a floor of 0.930 is exactly at the limit


def is_comment(key):
    return key.startswith("_") or key.startswith("$")


def load_scores(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):  # also accept {corpus: {metric: value}}
        data = [dict(v, corpus=k) for k, v in data.items()]
    if not isinstance(data, list) or not all(isinstance(r, dict) and "corpus" in r for r in data):
        raise ValueError("expected a list of objects with a \"corpus\" key, as written by score.py --json")
    return {r["corpus"]: r for r in data}


def load_floors(path):
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8").strip()
    if not text:
        return {}
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("expected an object {corpus: {metric: floor}}")
    floors = {}
    for corpus, metrics in data.items():
        if is_comment(corpus):
            continue
        if not isinstance(metrics, dict):
            raise ValueError(f"{corpus}: expected an object {{metric: floor}}")
        floors[corpus] = {}
        for metric, floor in metrics.items():
            if is_comment(metric):
                continue
            if isinstance(floor, bool) or not isinstance(floor, (int, float)):
                raise ValueError(f"{corpus}.{metric}: floor must be a number, not {floor!r}")
            floors[corpus][metric] = float(floor)
    return floors


def main(argv):
    if any(a in ("-h", "--help") for a in argv[1:]):
        print(__doc__.strip())
        return 0
    if len(argv) < 3:
        print("usage: check_floors.py SCORES.json [MORE_SCORES.json ...] FLOORS.json", file=sys.stderr)
        return 2
    floors_path = Path(argv[-1])
    scores = {}
    for scores_path in map(Path, argv[1:-1]):
        try:
            more = load_scores(scores_path)
        except (OSError, ValueError) as e:
            print(f"{scores_path}: error: {e}", file=sys.stderr)
            return 2
        for name, r in more.items():
            merged = scores.setdefault(name, {"corpus": name})
            failures = merged.get("failures", 0) + r.get("failures", 0)
            merged.update(r)
            merged["failures"] = failures
    try:
        floors = load_floors(floors_path)
    except (OSError, ValueError) as e:
        print(f"{floors_path}: error: {e}", file=sys.stderr)
        return 2

    if not floors:
        why = "does not exist" if floors is None else "sets no floors"
        print(f"{floors_path} {why}: reporting only")
        for name, r in scores.items():
            metrics = " ".join(f"{k}={v}" for k, v in r.items() if k != "corpus" and not k.endswith("_n"))
            print(f"  {name}: {metrics}")
        return 0

    problems = []
    for name, r in scores.items():
        if name not in floors:
            note = f" ({r.get('failures')} failures)" if r.get("failures") else ""
            print(f"  {name}: no floors{note}")
            continue
        failures = r.get("failures", 0)
        if failures:
            problems.append(f"{name}: {failures} page(s) failed (non-zero exit, invalid JSON or timeout)")
        checked = []
        for metric, floor in floors[name].items():
            value = r.get(metric)
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                problems.append(f"{name}: {metric} was not measured (floor {floor:.3f})")
                continue
            if value < floor - TOLERANCE - EPSILON:
                problems.append(f"{name}: {metric}={value:.3f} is below its floor {floor:.3f} "
                                f"(by {floor - value:.3f}; tolerance {TOLERANCE})")
                checked.append(f"{metric}={value:.3f} (floor {floor:.3f}: BELOW)")
            else:
                within = "ok" if value >= floor else f"within {TOLERANCE}"
                checked.append(f"{metric}={value:.3f} (floor {floor:.3f}: {within})")
        print(f"  {name}: failures={failures} " + " ".join(checked))
    for name in floors:
        if name not in scores:
            problems.append(f"{name}: has floors in {floors_path} but was not scored")

    if problems:
        print(f"FLOORS NOT MET ({len(problems)}):")
        for p in problems:
            print(f"  {p}")
        return 1
    print(f"all floors in {floors_path} met")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
