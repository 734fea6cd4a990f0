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


def train(model, loss_fn, optimizer, x, y, batch, epochs, seed=1):
    """Trains like Trainer: per-epoch permutation, contiguous batches.

    Returns (wall, cpu): seconds of training after each epoch, by the clock and by the process's CPU time.
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
        for start in range(0, n, batch):
            optimizer.zero_grad()
            loss = loss_fn(model(xs[start:start + batch]), ys[start:start + batch])
            loss.backward()
            optimizer.step()
            if not math.isfinite(loss.item()):
                raise RuntimeError("diverged")
        total += time.perf_counter() - t0
        seconds.append(total)
        cpu.append(time.process_time())
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
    tasks = [(a, s) for a in (nn.Sigmoid, nn.Tanh, nn.ReLU, nn.LeakyReLU) for s in (1, 2)]
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
    return "sweep-p%d" % args.parallel, len(tasks) / hours, len(tasks) / (cpu / 3600), "runs/h", False, \
        sum(accuracies) / len(accuracies)


def run_rss(args):
    x, y = read_idx("train", 0, args.data)
    tx, ty = read_idx("t10k", 0, args.data)
    model = mlp()
    train(model, nn.CrossEntropyLoss(), torch.optim.Adam(model.parameters(), 1e-3), x, y, 128, 1)
    acc = accuracy(model, tx, ty)
    return "rss-fashion", peak_rss_mb(), peak_rss_mb(), "MB", True, acc


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--work", required=True, choices=["mlp", "xor", "playground", "rss", "sweep"])
    p.add_argument("--parallel", type=int, default=1)
    p.add_argument("--batch", type=int, default=128)
    p.add_argument("--examples", type=int, default=12800)
    p.add_argument("--xor-steps", type=int, default=1500)
    p.add_argument("--playground-epochs", type=int, default=40)
    p.add_argument("--data", default=FASHION_DIR)
    args = p.parse_args()
    threads = int(os.environ.get("OMP_NUM_THREADS", "1"))
    torch.set_num_threads(threads)
    work, value, cpu_value, unit, lower, acc = globals()["run_" + args.work](args)
    print(json.dumps({"work": work, "side": "torch", "value": value, "cpu_value": cpu_value, "unit": unit,
                      "lower_is_better": lower,
                      "peak_rss_mb": peak_rss_mb(), "test_accuracy": acc, "threads": str(threads)}))


if __name__ == "__main__":
    main()
