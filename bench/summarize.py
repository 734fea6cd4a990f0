#!/usr/bin/python3
"""Medians per workload and side from bench/run.sh's JSON lines, and DL4J/PyTorch ratios (> 1: DL4J better).

Two ratios: from wall-clock time, and from each process's CPU time, which other processes on the
same cores disturb far less (meaningful when the work uses one core; with 2 threads read the wall ratio).
"""
import json
import statistics
import sys
from collections import defaultdict


def ratio(mine, theirs, lower_is_better):
    if not theirs or not mine:
        return ""
    return "%.2f" % ((theirs / mine) if lower_is_better else (mine / theirs))


def main(paths):
    wall, cpu = defaultdict(list), defaultdict(list)
    parts = defaultdict(list)   # (work, part, side) -> figures: gemm's products one by one
    meta, blas, machines = {}, defaultdict(set), set()
    for path in paths:
        with open(path) as f:
            for line in f:
                r = json.loads(line)
                if str(r.get("threads")) not in ("1", "None"):
                    r["work"] += " t" + str(r["threads"])   # keep thread counts apart
                key = (r["work"], r["side"])
                wall[key].append(r["value"])
                cpu[key].append(r.get("cpu_value", r["value"]))
                for part, figure in (r.get("parts") or {}).items():
                    parts[(r["work"], part, r["side"])].append(figure)
                meta[r["work"]] = (r["unit"], r["lower_is_better"], r.get("threads"))
                machines.add(r.get("machine", "not recorded (before round 6)"))
                if r.get("blas"):
                    blas[r["side"].split("-")[0]].add(r["blas"])
    print("%-16s %-12s %4s %12s %12s %-8s %8s %8s  %s" % (
        "work", "side", "n", "wall median", "cpu median", "unit", "wall x", "cpu x", "wall values"))
    for work in sorted({w for w, _ in wall}):
        unit, lower, _ = meta[work]
        torch_wall = statistics.median(wall[(work, "torch")]) if (work, "torch") in wall else None
        torch_cpu = statistics.median(cpu[(work, "torch")]) if (work, "torch") in cpu else None
        for side in sorted(s for w, s in wall if w == work):
            w_med = statistics.median(wall[(work, side)])
            c_med = statistics.median(cpu[(work, side)])
            is_peer = side == "torch"
            print("%-16s %-12s %4d %12.3f %12.3f %-8s %8s %8s  %s" % (
                work, side, len(wall[(work, side)]), w_med, c_med, unit,
                "" if is_peer else ratio(w_med, torch_wall, lower), "" if is_peer else ratio(c_med, torch_cpu, lower),
                " ".join("%.4g" % v for v in wall[(work, side)])))
    print_parts(parts, meta)
    print("OMP threads: %s; ratios are DL4J vs PyTorch medians, > 1 means DL4J is better" %
          ",".join(sorted({str(m[2]) for m in meta.values()})))
    # ratios from different machines do not combine: the products' speed depends on the vector units
    print("machine%s: %s" % ("s (ratios mix them)" if len(machines) > 1 else "", "; ".join(sorted(machines))))
    for side in sorted(blas):   # the products' library decides much of the MLP figures
        print("BLAS, %s: %s" % (side, "; ".join(sorted(blas[side]))))


def print_parts(parts, meta):
    """Each part's wall median per side and the ratio to PyTorch's: which product a BLAS build is slow at."""
    if not parts:
        return
    print("\n%-16s %-18s %-12s %4s %12s %8s" % ("work", "part", "side", "n", "wall median", "wall x"))
    in_order = list(dict.fromkeys((w, p) for w, p, _ in parts))   # parts in the order the work runs them
    for work, part in sorted(in_order, key=lambda wp: wp[0]):    # stable: by work, then that order
        peer = parts.get((work, part, "torch"))
        for side in sorted(s for w, p, s in parts if (w, p) == (work, part)):
            figures = parts[(work, part, side)]
            median = statistics.median(figures)
            shown = "" if side == "torch" or not peer else ratio(median, statistics.median(peer), meta[work][1])
            print("%-16s %-18s %-12s %4d %12.3f %8s" % (work, part, side, len(figures), median, shown))
    print()


if __name__ == "__main__":
    main(sys.argv[1:])
