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
    print("OMP threads: %s; ratios are DL4J vs PyTorch medians, > 1 means DL4J is better" %
          ",".join(sorted({str(m[2]) for m in meta.values()})))
    # ratios from different machines do not combine: the products' speed depends on the vector units
    print("machine%s: %s" % ("s (ratios mix them)" if len(machines) > 1 else "", "; ".join(sorted(machines))))
    for side in sorted(blas):   # the products' library decides much of the MLP figures
        print("BLAS, %s: %s" % (side, "; ".join(sorted(blas[side]))))


if __name__ == "__main__":
    main(sys.argv[1:])
