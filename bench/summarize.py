#!/usr/bin/python3
"""Medians per workload and side from bench/run.sh's JSON lines, and DL4J/PyTorch ratios (> 1: DL4J better)."""
import json
import statistics
import sys
from collections import defaultdict


def main(paths):
    values = defaultdict(list)
    meta = {}
    for path in paths:
        with open(path) as f:
            for line in f:
                r = json.loads(line)
                key = (r["work"], r["side"])
                values[key].append(r["value"])
                meta[r["work"]] = (r["unit"], r["lower_is_better"], r.get("threads"))
    works = sorted({w for w, _ in values})
    print("%-16s %-12s %12s %-8s %4s %10s  %s" % ("work", "side", "median", "unit", "n", "vs torch", "all"))
    for work in works:
        unit, lower, threads = meta[work]
        torch_values = values.get((work, "torch"))
        torch_median = statistics.median(torch_values) if torch_values else None
        for side in sorted(s for w, s in values if w == work):
            vs = values[(work, side)]
            med = statistics.median(vs)
            ratio = ""
            if torch_median and side != "torch":
                ratio = "%.2f" % ((torch_median / med) if lower else (med / torch_median))
            print("%-16s %-12s %12.3f %-8s %4d %10s  %s" % (work, side, med, unit, len(vs), ratio,
                                                           " ".join("%.3g" % v for v in vs)))
    print("threads: %s; ratios oriented so that > 1 means DL4J is better" %
          ",".join(sorted({str(m[2]) for m in meta.values()})))


if __name__ == "__main__":
    main(sys.argv[1:])
