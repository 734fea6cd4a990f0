#!/usr/bin/python3
"""PyTorch peer of org.activationlab.bench.BenchMain: the same workloads, one JSON line per run.

Run by Debian's system interpreter (/usr/bin/python3) with Debian's python3-torch. The training
loop is the idiomatic one (zero_grad, forward, loss, backward, step, loss.item()) and, like the
project's Trainer, reads the loss every step and re-shuffles the data once per epoch. Only epochs
after the first are timed.
"""
import argparse
import gzip
import json
import math
import os
import time

import numpy as np
import torch
from torch import nn

FASHION_DIR = "/usr/share/datasets/fashion-mnist"


def read_idx(prefix, limit, data_dir):
    with gzip.open(os.path.join(data_dir, prefix + "-images-idx3-ubyte.gz")) as f:
        _, n, rows, cols = np.frombuffer(f.read(16), ">i4")
        n = min(limit, n) if limit > 0 else n
        x = np.frombuffer(f.read(n * rows * cols), np.uint8).reshape(n, rows * cols)
    with gzip.open(os.path.join(data_dir, prefix + "-labels-idx1-ubyte.gz")) as f:
        f.read(8)
        y = np.frombuffer(f.read(n), np.uint8)
    return torch.from_numpy(x.astype(np.float32) / 255.0), torch.from_numpy(y.astype(np.int64))


def peak_rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def mlp():
    torch.manual_seed(1)
    return nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 256), nn.ReLU(), nn.Linear(256, 10))


def train(model, loss_fn, optimizer, x, y, batch, epochs, seed=1, after_epoch=None):
    """Trains like Trainer: per-epoch permutation, contiguous batches.

    Returns (wall, cpu): seconds of training after each epoch, by the clock and by the process's CPU time.
    after_epoch(epoch, mean training loss, seconds so far), if given, is called after each epoch (outside the timing).
    """
    n = x.shape[0]
    generator = np.random.default_rng(seed)
    seconds, cpu, total = [], [], 0.0
    for _ in range(epochs):
        t0 = time.perf_counter()
        if batch < n:
            order = torch.from_numpy(generator.permutation(n))
            xs, ys = x[order], y[order]
        else:
            xs, ys = x, y
        loss_sum = 0.0
        for start in range(0, n, batch):
            optimizer.zero_grad()
            rows = ys[start:start + batch]
            loss = loss_fn(model(xs[start:start + batch]), rows)
            loss.backward()
            optimizer.step()
            value = loss.item()
            if not math.isfinite(value):
                raise RuntimeError("diverged")
            loss_sum += value * rows.shape[0]
        total += time.perf_counter() - t0
        seconds.append(total)
        cpu.append(time.process_time())
        if after_epoch:
            after_epoch(len(seconds), loss_sum / n, total)
    return seconds, cpu


def accuracy(model, x, y):
    with torch.no_grad():
        out = model(x)
        if out.shape[1] == 1:
            return float(((out[:, 0] > 0) == (y[:, 0] > 0.5)).float().mean())
        return float((out.argmax(1) == y).float().mean())


def run_mlp(args):
    x, y = read_idx("train", args.examples, args.data)
    tx, ty = read_idx("t10k", 256, args.data)
    model = mlp()
    sec, cpu = train(model, nn.CrossEntropyLoss(), torch.optim.Adam(model.parameters(), 1e-3), x, y, args.batch, 3)
    n = 2 * args.examples
    return "mlp-b%d" % args.batch, n / (sec[2] - sec[0]), n / (cpu[2] - cpu[0]), "ex/s", False, accuracy(model, tx, ty)


def run_xor(args):
    torch.manual_seed(1)
    x = torch.tensor([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])
    y = torch.tensor([[0.], [1.], [1.], [0.]])
    model = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1))
    sec, cpu = train(model, nn.BCEWithLogitsLoss(), torch.optim.SGD(model.parameters(), 0.1), x, y, 4, args.xor_steps)
    warm = args.xor_steps // 3
    timed = args.xor_steps - warm
    return ("xor-step", 1000 * (sec[-1] - sec[warm - 1]) / timed, 1000 * (cpu[-1] - cpu[warm - 1]) / timed,
            "ms/step", True, accuracy(model, x, y))


def circle(points, seed):
    rng = np.random.default_rng(seed)
    inner = np.arange(points) % 2 == 0
    radius = np.where(inner, rng.random(points) * 2.0, 3.5 + rng.random(points) * 1.5)
    angle = rng.random(points) * 2 * np.pi
    x = np.stack([radius * np.cos(angle), radius * np.sin(angle)], 1).astype(np.float32)
    return torch.from_numpy(x), torch.from_numpy(inner.astype(np.float32)[:, None])


def playground_model(seed, activation=nn.Tanh):
    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(2, 8), activation(), nn.Linear(8, 8), activation(), nn.Linear(8, 1))


def run_playground(args):
    x, y = circle(500, 1)
    model = playground_model(1)
    epochs = args.playground_epochs
    sec, cpu = train(model, nn.BCEWithLogitsLoss(), torch.optim.SGD(model.parameters(), 0.03), x[:250], y[:250], 10,
                     epochs)
    warm = epochs // 4
    steps = (epochs - warm) * 25
    return ("playground-step", steps / (sec[-1] - sec[warm - 1]), steps / (cpu[-1] - cpu[warm - 1]), "steps/s", False,
            accuracy(model, x[250:], y[250:]))


def sweep_task(task):
    """One sweep training (run in a worker process when parallel): 8 epochs of the playground net."""
    activation, seed = task
    torch.set_num_threads(1)
    x, y = circle(500, 1)
    model = playground_model(seed, activation)
    train(model, nn.BCEWithLogitsLoss(), torch.optim.SGD(model.parameters(), 0.03), x[:250], y[:250], 10, 8, seed)
    return accuracy(model, x[250:], y[250:])


def run_sweep(args):
    tasks = [(a, s) for a in (nn.Sigmoid, nn.Tanh, nn.ReLU, nn.LeakyReLU) for s in range(1, args.seeds + 1)]
    t0, c0 = time.perf_counter(), time.process_time()
    if args.parallel > 1:
        import multiprocessing
        with multiprocessing.get_context("fork").Pool(args.parallel) as pool:
            accuracies = pool.map(sweep_task, tasks)
        cpu = sum(os.times()[2:4]) + time.process_time() - c0   # children's CPU time too
    else:
        accuracies = [sweep_task(t) for t in tasks]
        cpu = time.process_time() - c0
    hours = (time.perf_counter() - t0) / 3600
    name = "sweep-p%d" % args.parallel + ("" if args.seeds == 2 else "-s%d" % args.seeds)
    return name, len(tasks) / hours, len(tasks) / (cpu / 3600), "runs/h", False, \
        sum(accuracies) / len(accuracies)


def run_rss(args):
    x, y = read_idx("train", 0, args.data)
    tx, ty = read_idx("t10k", 0, args.data)
    model = mlp()
    train(model, nn.CrossEntropyLoss(), torch.optim.Adam(model.parameters(), 1e-3), x, y, 128, 1)
    acc = accuracy(model, tx, ty)
    return "rss-fashion", peak_rss_mb(), peak_rss_mb(), "MB", True, acc


def run_gemm(args):
    """The MLP step's 8 matrix products at --batch (as BenchMain --work gemm), GFLOP/s."""
    torch.manual_seed(1)
    widths = [784, 256, 256, 10]
    products, names = [], []  # names as BenchMain's gemm records them (parts)
    for layer in range(3):
        n_in, n_out = widths[layer], widths[layer + 1]
        x, w, dz = torch.rand(args.batch, n_in), torch.rand(n_in, n_out), torch.rand(args.batch, n_out)
        products.append((x, w, torch.empty(args.batch, n_out)))
        names.append("x·W %d×%d" % (n_in, n_out))
        products.append((x.t(), dz, torch.empty(n_in, n_out)))
        names.append("xᵀ·dz %d×%d" % (n_in, n_out))
        if layer > 0:
            products.append((dz, w.t(), torch.empty(args.batch, n_in)))
            names.append("dz·Wᵀ %d×%d" % (n_in, n_out))
    flops_each = [2.0 * a.shape[0] * a.shape[1] * b.shape[1] for a, b, _ in products]
    flops_per_step = sum(flops_each)
    steps = 400
    seconds_each = [0.0] * len(products)  # timed steps only: which product a BLAS build is slow at
    for step in range(steps + steps // 4):
        if step == steps // 4:
            t0, c0 = time.perf_counter(), time.process_time()
            seconds_each = [0.0] * len(products)
        for i, (a, b, out) in enumerate(products):
            start = time.perf_counter()
            torch.mm(a, b, out=out)
            seconds_each[i] += time.perf_counter() - start
    flops = flops_per_step * steps
    return ("gemm-b%d" % args.batch, flops / (time.perf_counter() - t0) / 1e9, flops / (time.process_time() - c0) / 1e9,
            "GFLOP/s", False, float("nan"),
            {name: f * steps / s / 1e9 for name, f, s in zip(names, flops_each, seconds_each)})


COMPARE = {}   # the data of a compare run, loaded once before the worker processes fork


def compare_task(task):
    """One compare training: Trainer's evaluations (epoch 0 with the full training loss, then every epoch)."""
    name, seed, hidden, epochs = task
    torch.set_num_threads(1)
    x, y, tx, ty = COMPARE["data"]
    torch.manual_seed(seed)
    activation = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid, "leakyrelu": nn.LeakyReLU}[name]
    layers, width = [], x.shape[1]
    for h in hidden:
        layers += [nn.Linear(width, h), activation()]
        width = h
    model = nn.Sequential(*layers, nn.Linear(width, 10))
    loss_fn = nn.CrossEntropyLoss()
    rows = []

    def evaluate(epoch, train_loss, seconds):
        with torch.no_grad():
            out = model(tx)
            rows.append((name + "-s%d" % seed, name, seed, epoch, train_loss, float(loss_fn(out, ty)),
                         float((out.argmax(1) == ty).float().mean()), seconds))

    with torch.no_grad():
        evaluate(0, float(loss_fn(model(x), y)), 0.0)
    train(model, loss_fn, torch.optim.Adam(model.parameters(), 1e-3), x, y, 128, epochs, seed, evaluate)
    return rows


def run_compare(args):
    """The CLI's compare on Fashion-MNIST as a whole process: load, train 2 at a time, evaluate, write results."""
    x, y = read_idx("train", args.limit, args.data)
    tx, ty = read_idx("t10k", args.limit, args.data)
    COMPARE["data"] = (x, y, tx, ty)
    hidden = [int(h) for h in args.hidden.split(",")]
    tasks = [(a, s, hidden, args.epochs) for a in args.activations.split(",") for s in range(1, args.seeds + 1)]
    import multiprocessing
    with multiprocessing.get_context("fork").Pool(args.parallel) as pool:
        runs = pool.map(compare_task, tasks)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "runs.csv"), "w") as f:
        f.write("run_id,activation,seed,epoch,train_loss,test_loss,test_accuracy,seconds\n")
        for row in (r for run in runs for r in run):
            f.write(",".join(str(v) for v in row) + "\n")
    finals = {}
    for run in runs:
        finals.setdefault(run[-1][1], []).append(run[-1][6])
    summary = {a: {"runs": len(v), "mean_test_accuracy": float(np.mean(v)), "std": float(np.std(v, ddof=1)) if len(v) > 1 else 0.0}
               for a, v in finals.items()}
    with open(os.path.join(args.out, "summary.json"), "w") as f:
        json.dump(summary, f, indent=2)
    accuracy_all = float(np.mean([a for v in finals.values() for a in v]))
    return "compare-fashion", float("nan"), float("nan"), "s", True, accuracy_all


def blas_library():
    """The BLAS library torch's products run on, from this process's memory map after one product.

    Debian's python3-torch calls libblas.so.3, which is the slow reference BLAS unless OpenBLAS is installed:
    a peer on it would flatter the project, so the run stops instead."""
    torch.mm(torch.ones(8, 8), torch.ones(8, 8))
    with open("/proc/self/maps") as f:
        mapped = sorted({line.split()[-1] for line in f if "blas" in line.rsplit("/", 1)[-1]})
    # sgemm comes from libblas.so.3 when torch maps it (OpenBLAS's own copy, or the reference one)
    served = [m for m in mapped if m.rsplit("/", 1)[-1].startswith("libblas.so")] or mapped
    if not served or any("openblas" not in os.path.realpath(m) for m in served):
        raise SystemExit("the PyTorch peer's products run on %s, not OpenBLAS: its figures would not be a fair "
                         "peer; install OpenBLAS with: apt-get install -y libopenblas0-pthread"
                         % (", ".join(served) or "no BLAS library"))
    return served[0]


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--check-blas", action="store_true", help="print the BLAS torch runs on (or why it is unfit) and exit")
    p.add_argument("--work", choices=["mlp", "xor", "playground", "rss", "sweep", "compare", "gemm"])
    p.add_argument("--parallel", type=int, default=1)
    p.add_argument("--batch", type=int, default=128)
    p.add_argument("--examples", type=int, default=12800)
    p.add_argument("--xor-steps", type=int, default=1500)
    p.add_argument("--playground-epochs", type=int, default=40)
    p.add_argument("--data", default=FASHION_DIR)
    p.add_argument("--limit", type=int, default=10000, help="compare: first N images of each split")
    p.add_argument("--hidden", default="256,256", help="compare: hidden widths")
    p.add_argument("--activations", default="relu,tanh", help="compare: hidden activations")
    p.add_argument("--seeds", type=int, default=2, help="compare, sweep: seeds per activation")
    p.add_argument("--epochs", type=int, default=2, help="compare: epochs per training")
    p.add_argument("--out", default="/tmp/peer-compare", help="compare: results directory")
    args = p.parse_args()
    if args.check_blas:
        print(blas_library())
        return
    if args.work is None:
        p.error("--work is required")
    threads = int(os.environ.get("OMP_NUM_THREADS", "1"))
    torch.set_num_threads(threads)
    blas = blas_library()
    work, value, cpu_value, unit, lower, acc, *parts = globals()["run_" + args.work](args)  # parts: gemm's products
    print(json.dumps({"work": work, "side": "torch", "value": value, "cpu_value": cpu_value, "unit": unit,
                      "lower_is_better": lower,
                      "peak_rss_mb": peak_rss_mb(), "test_accuracy": acc, "threads": str(threads),
                      "blas": blas, "parts": parts[0] if parts else {}}))


if __name__ == "__main__":
    main()
