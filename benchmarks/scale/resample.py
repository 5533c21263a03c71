#!/usr/bin/env python3
"""Builds a large evaluation set for the scaling measurement (issue #13) by resampling the demo cohort.

Copies a demo folder (manifest.yaml, model, reference.csv, declared facts) and replaces its evaluation set, current.csv,
by ROWS rows drawn with replacement from it with a fixed seed, so the same command always writes the same file.

    python3 benchmarks/scale/resample.py /tmp/scale-demo /tmp/scale-1m 1000000 [--seed 13]
"""
import argparse
import random
import shutil
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("demo", type=Path, help="a folder written by 'xai demo --out'")
    parser.add_argument("out", type=Path, help="the folder to write")
    parser.add_argument("rows", type=int, help="rows of the new current.csv")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()

    args.out.mkdir(parents=True, exist_ok=True)
    for item in args.demo.iterdir():
        if item.is_file() and item.name != "current.csv":
            shutil.copy2(item, args.out / item.name)

    with open(args.demo / "current.csv", encoding="utf-8", newline="") as source:
        header = source.readline()
        lines = source.readlines()
    rng = random.Random(args.seed)
    with open(args.out / "current.csv", "w", encoding="utf-8", newline="") as target:
        target.write(header)
        # Lines are written as read (same quoting, same line ends); only their multiplicity changes.
        for index in (rng.randrange(len(lines)) for _ in range(args.rows)):
            target.write(lines[index])


if __name__ == "__main__":
    main()
