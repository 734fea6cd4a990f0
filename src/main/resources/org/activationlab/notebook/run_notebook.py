"""Runs one notebook through Jupyter's own client (nbclient) and reports each cell as JSON on stdout.

Usage: run_notebook.py NOTEBOOK --kernel NAME [--write FILE] [--startup-timeout S] [--tries N]
                       [--first-startup-timeout S] [--cell-timeout S]

The kernel is looked up by NAME in Jupyter's kernelspec path (JUPYTER_PATH first) and started in the
notebook's folder, as Jupyter does. Cells run in order; the first cell that fails (an error output or
an error reply) stops the run, as "Run all" does. A kernel that does not answer within the start-up
timeout is shut down and started again, up to --tries times; the first try may be given a shorter
timeout (--first-startup-timeout), so that a start that hangs costs seconds, not the whole timeout,
while a slow machine still gets the full one from the second try on. With --write, the executed notebook is
saved to FILE when every cell ran; outputs of cells that hold only magics are not saved (they list
the jars the kernel added, with this machine's paths), and consecutive prints to one stream are saved as
one output, as Jupyter shows them.

The report: {"notebook", "kernel", "kernel_start_seconds", "kernel_tries", "kernel_start_errors" (why each
failed start failed), "seconds", "failure",
"cells": [{"cell": n (1-based over all cells), "seconds", "error", "stderr", "images", "texts"}]}.
"""
import argparse
import json
import os
import socket
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError


def wait_until_listening(km, timeout):
    """Returns once the kernel accepts connections on its five ports (plus a moment), or after timeout.

    rapaio-jupyter-kernel 3.0.1 starts each channel's loop thread when it binds the channel, and installs
    its message handlers only after registering itself: a request that arrives in between kills the
    shell's loop thread (a NullPointerException on the handler map; a thread dump of such a kernel shows
    the control channel's loop, also named Shell-0, alive and the shell's gone), and the kernel never
    answers on the shell channel again. ZeroMQ queues the client's first kernel_info request until the
    kernel binds, which delivers it exactly then; so the client connects only after the kernel is
    listening, and a moment later (SETTLE_SECONDS). Under load that moment can still be too short (seen
    in about one start in ten with a second core busy): the first try's shorter timeout covers that.
    """
    ports = [km.shell_port, km.iopub_port, km.stdin_port, km.hb_port, km.control_port]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            for port in ports:
                socket.create_connection((km.ip, port), timeout=1).close()
            time.sleep(SETTLE_SECONDS)
            return
        except OSError:
            time.sleep(0.2)


SETTLE_SECONDS = 1.0


def magics_only(source):
    lines = [line for line in source.splitlines() if line.strip() and not line.startswith("//")]
    return bool(lines) and all(line.startswith("%") for line in lines)


def coalesce_streams(outputs):
    """Consecutive prints to one stream as one output, as Jupyter shows them (the kernel sends each print)."""
    merged = []
    for o in outputs:
        if (merged and o.get("output_type") == "stream" and merged[-1].get("output_type") == "stream"
                and merged[-1].get("name") == o.get("name")):
            merged[-1]["text"] = merged[-1]["text"] + o["text"]
        else:
            merged.append(o)
    return merged


def cell_report(number, cell, seconds, error):
    stderr = "".join(o.get("text", "") for o in cell.get("outputs", [])
                     if o.get("output_type") == "stream" and o.get("name") == "stderr")
    images = sum(1 for o in cell.get("outputs", []) if "image/png" in o.get("data", {}))
    texts = []
    for o in cell.get("outputs", []):
        if o.get("output_type") == "error" and error is None:
            error = "%s: %s" % (o.get("ename"), o.get("evalue"))
        if o.get("output_type") in ("execute_result", "display_data"):
            texts.extend(text for mime, text in o.get("data", {}).items() if mime.startswith("text/"))
    return {"cell": number, "seconds": round(seconds, 3), "error": error, "stderr": stderr,
            "images": images, "texts": texts}


def run_cells(client, nb, report):
    msg_id = client.kc.kernel_info()
    info = client.wait_for_reply(msg_id)
    if info is not None and "language_info" in info["content"]:
        nb.metadata["language_info"] = info["content"]["language_info"]
    executed = 0
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        t0 = time.monotonic()
        error = None
        try:
            client.execute_cell(cell, index, execution_count=executed + 1)
        except CellExecutionError as e:
            error = "%s: %s" % (e.ename, e.evalue)
        except (CellTimeoutError, DeadKernelError) as e:
            error = "%s: %s" % (type(e).__name__, str(e).strip().splitlines()[0] if str(e).strip() else "")
        executed += 1
        cell_result = cell_report(index + 1, cell, time.monotonic() - t0, error)
        report["cells"].append(cell_result)
        if cell_result["error"] is not None:
            report["failure"] = "cell %d: %s" % (index + 1, cell_result["error"])
            return


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("notebook")
    parser.add_argument("--kernel", required=True)
    parser.add_argument("--write")
    parser.add_argument("--startup-timeout", type=int, default=60)
    parser.add_argument("--tries", type=int, default=3)
    parser.add_argument("--first-startup-timeout", type=int, default=None)
    parser.add_argument("--cell-timeout", type=int, default=-1)
    args = parser.parse_args()

    nb = nbformat.read(args.notebook, as_version=4)
    kernelspec = dict(nb.metadata.get("kernelspec", {}))
    folder = os.path.dirname(os.path.abspath(args.notebook))
    report = {"notebook": args.notebook, "kernel": args.kernel, "kernel_start_seconds": None,
              "kernel_tries": 0, "kernel_start_errors": [], "seconds": None, "failure": None, "cells": []}
    start = time.monotonic()
    start_errors = report["kernel_start_errors"]
    for attempt in range(1, args.tries + 1):
        report["kernel_tries"] = attempt
        timeout = args.startup_timeout
        if attempt == 1 and args.first_startup_timeout is not None:
            timeout = min(timeout, args.first_startup_timeout)
        client = NotebookClient(nb, kernel_name=args.kernel, startup_timeout=timeout,
                                timeout=None if args.cell_timeout < 0 else args.cell_timeout,
                                record_timing=False, allow_errors=False,
                                resources={"metadata": {"path": folder}})
        t0 = time.monotonic()
        started = False
        try:
            client.km = client.create_kernel_manager()
            client.start_new_kernel()
            wait_until_listening(client.km, timeout)
            with client.setup_kernel():
                started = True
                report["kernel_start_seconds"] = round(time.monotonic() - t0, 3)
                run_cells(client, nb, report)
            break
        except Exception as e:  # a start that failed is tried again; a failure after it is not
            if started:
                report["failure"] = "%s: %s" % (type(e).__name__, e)
                break
            try:
                client.km.shutdown_kernel(now=True)
            except Exception:
                pass
            start_errors.append("try %d, after %.1f s: %s" % (attempt, time.monotonic() - t0,
                                                              str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__))
    else:
        report["failure"] = "the kernel %r did not start in %d tries of %d s each (%s)" % (
            args.kernel, args.tries, args.startup_timeout, "; ".join(start_errors))
    report["seconds"] = round(time.monotonic() - start, 3)

    if args.write and report["failure"] is None:
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.outputs = [] if magics_only(cell.source) else coalesce_streams(cell.outputs)
        nb.metadata["kernelspec"] = kernelspec  # the notebook's own kernel name, not the one it ran on
        tmp = args.write + ".tmp"
        nbformat.write(nb, tmp)
        os.replace(tmp, args.write)
    json.dump(report, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
