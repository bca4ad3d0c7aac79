#!/usr/bin/env python3
"""Where a build spends its time, by the project's own functions.

`perf report --no-children` charges samples to the leaf (swift_retain, malloc, …), which says
little about which of our functions to change. This charges each sample to the innermost frame
that belongs to one of the project's modules instead, and lists the leaves under the top ones.

    perf record -F 200 -g -o perf.data .build/release/report-site build SITE -o /tmp/out
    perf script -i perf.data -F comm,ip,sym,dso > perf.txt
    scripts/perf-by-function.py perf.txt [--top 30] [--leaves 3]
"""

import argparse
import collections
import re
import subprocess

MODULES = ("SiteBuilder", "SiteModel", "Charts", "Markdown", "Formatting", "Diagnostics", "ReportSiteCLI", "SyntheticSite")
PROJECT = re.compile(r"\$s\d+(" + "|".join(MODULES) + ")")


def stacks(path):
    """Each sample's frames, innermost first."""
    frames = []
    for line in open(path, errors="replace"):
        if not line.startswith("\t"):
            if frames:
                yield frames
            frames = []
            continue
        parts = line.strip().split(" ", 1)
        if len(parts) == 2:
            frames.append(parts[1].rsplit(" (", 1)[0])
    if frames:
        yield frames


def demangle(names):
    result = subprocess.run(["swift", "demangle", "--simplified"], input="\n".join(names), capture_output=True, text=True)
    return result.stdout.splitlines() if result.returncode == 0 else list(names)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("script", help="output of perf script -F comm,ip,sym,dso")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--leaves", type=int, default=0, help="leaf functions to list under each entry")
    args = parser.parse_args()

    owners = collections.Counter()
    leaves = collections.defaultdict(collections.Counter)
    total = 0
    for frames in stacks(args.script):
        total += 1
        owner = next((frame for frame in frames if PROJECT.search(frame)), "(outside the project: kernel, threads, start-up)")
        owners[owner] += 1
        leaves[owner][frames[0]] += 1
    top = owners.most_common(args.top)
    for (name, count), readable in zip(top, demangle([name for name, _ in top])):
        print(f"{100 * count / total:5.1f}%  {readable[:150]}")
        if args.leaves:
            under = leaves[name].most_common(args.leaves)
            for (leaf, leaf_count), leaf_name in zip(under, demangle([leaf for leaf, _ in under])):
                print(f"          {100 * leaf_count / total:5.1f}%  {leaf_name[:120]}")
    print(f"({total} samples)")


if __name__ == "__main__":
    main()
