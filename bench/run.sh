#!/usr/bin/env bash
# Runs every benchmark for DL4J (this project) and the PyTorch peer, interleaved, and prints medians and ratios.
#
#   bench/run.sh                    # 3 repetitions of every workload, 1 OpenMP thread
#   REPS=5 WORKS="mlp128 xor" bench/run.sh
#   THREADS=2 WORKS="mlp128" bench/run.sh
#
# Each measurement runs in a fresh process (JVM or python3), one after the other, DL4J and PyTorch
# alternating within each repetition (the order flips every repetition), so both sides see the same
# machine load. Ratios are DL4J / PyTorch, oriented so that > 1 means DL4J is better.
#
# Environment: REPS, WORKS (mlp128 mlp512 xor playground rss sweep1 sweep2), THREADS (OMP_NUM_THREADS for both sides),
# VARIANTS (DL4J variants as name:args, args separated by commas; -D/-X args go to the JVM, e.g.
# "stock:--impl=stock fast:--impl=fast,-Dorg.bytedeco.javacpp.maxBytes=0"),
# JAVA_OPTS (JVM flags for every DL4J process, none by default), OUT (JSON-lines file to append to),
# JAR (the application jar; default target/activation-lab.jar, rebuilt when older than the sources).
set -euo pipefail
cd "$(dirname "$0")/.."

REPS=${REPS:-3}
WORKS=${WORKS:-"mlp128 mlp512 xor playground rss sweep1 sweep2"}
THREADS=${THREADS:-1}
# stock: plain DL4J; fast+cli: the project's defaults, with the JVM settings the CLI launcher adds (NativeThreads)
CLI_JVM="-Dorg.bytedeco.javacpp.maxPhysicalBytes=0,-Dorg.bytedeco.javacpp.maxBytes=0,-Xmx768m,-XX:TieredStopAtLevel=1"
VARIANTS=${VARIANTS:-"stock:--impl=stock fast+cli:--impl=fast,$CLI_JVM"}
JAVA_OPTS=${JAVA_OPTS:-}
OUT=${OUT:-bench/results/$(date -u +%Y%m%dT%H%M%SZ)-t${THREADS}.jsonl}
PYTHON=/usr/bin/python3   # Debian's interpreter: the one that sees python3-torch

JAR=${JAR:-target/activation-lab.jar}
if [[ $JAR == target/activation-lab.jar && ( ! -f $JAR || -n "$(find src/main -newer "$JAR" -print -quit)" ) ]]; then
  mvn -q -B package -DskipTests
fi
mkdir -p "$(dirname "$OUT")"
export OMP_NUM_THREADS=$THREADS OMP_WAIT_POLICY=PASSIVE

args_for() {  # workload name -> arguments shared by both sides
  case "$1" in
    mlp128) echo "--work mlp --batch 128" ;;
    mlp512) echo "--work mlp --batch 512" ;;
    xor) echo "--work xor" ;;
    playground) echo "--work playground" ;;
    rss) echo "--work rss" ;;
    sweep1) echo "--work sweep --parallel 1" ;;
    sweep2) echo "--work sweep --parallel 2" ;;
    *) echo "unknown workload '$1': expected mlp128 mlp512 xor playground rss sweep1 sweep2" >&2; exit 2 ;;
  esac
}

LOG=${OUT%.jsonl}.log   # each process's stderr, so a failed measurement can be diagnosed

run_dl4j() {  # variant-name comma-separated-args workload-args
  local name=$1 jvm=() app=() arg extra=()
  IFS=, read -r -a extra <<< "$2"; shift 2
  for arg in "${extra[@]}"; do
    if [[ $arg == -D* || $arg == -X* ]]; then jvm+=("$arg"); elif [[ -n $arg ]]; then app+=("$arg"); fi
  done
  # shellcheck disable=SC2086
  java $JAVA_OPTS "${jvm[@]}" -cp "$JAR" org.activationlab.bench.BenchMain "${app[@]}" "$@" 2>>"$LOG" \
    | grep '^{' | sed "s/\"side\":\"dl4j\"/\"side\":\"dl4j-$name\"/" >> "$OUT" \
    || echo "dl4j-$name $*: no measurement (see $LOG)" >&2
}

run_torch() {
  # shellcheck disable=SC2086
  $PYTHON bench/peer_torch.py "$@" 2>>"$LOG" | grep '^{' >> "$OUT" || echo "torch $*: no measurement (see $LOG)" >&2
}

for rep in $(seq 1 "$REPS"); do
  for work in $WORKS; do
    read -r -a wargs <<< "$(args_for "$work")"
    echo "rep $rep/$REPS: $work" >&2
    if (( rep % 2 == 1 )); then run_torch "${wargs[@]}"; fi
    for v in $VARIANTS; do run_dl4j "${v%%:*}" "${v#*:}" "${wargs[@]}"; done
    if (( rep % 2 == 0 )); then run_torch "${wargs[@]}"; fi
  done
done
$PYTHON bench/summarize.py "$OUT"
