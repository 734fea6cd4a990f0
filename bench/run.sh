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
#   WORKS=compare bench/run.sh      # the whole-process Fashion-MNIST compare, CLI against the PyTorch peer
#
# Environment: REPS, WORKS (mlp128 mlp512 xor playground rss sweep1 sweep2 sweep1-long sweep2-long compare gemm128 gemm512), THREADS (OMP_NUM_THREADS for both sides),
# VARIANTS (DL4J variants as name:args, args separated by commas; -D/-X args go to the JVM, @cli is the CLI's
# JVM flags, e.g. "stock:--impl=stock fast:--impl=fast,-Dorg.bytedeco.javacpp.maxBytes=0 c2:--impl=fast,@cli,-XX:TieredStopAtLevel=4"),
# JAVA_OPTS (JVM flags for every DL4J process, none by default), OUT (JSON-lines file to append to),
# JAR (the application jar; default target/activation-lab.jar, rebuilt when older than the sources).
set -euo pipefail
cd "$(dirname "$0")/.."

REPS=${REPS:-3}
WORKS=${WORKS:-"mlp128 mlp512 xor playground rss sweep1 sweep2"}
THREADS=${THREADS:-1}
# stock: plain DL4J; fast+cli: the project's defaults, with the JVM settings the CLI launcher adds (NativeThreads);
# in a variant's args, @cli stands for those settings (@cli:quick and @cli:kernels force the JIT choice), read from the jar (org.activationlab.cli.JvmFlags) for the
# CLI command line that does the workload's kind of work (cli_line_for): the launcher chooses the JIT per command line
VARIANTS=${VARIANTS:-"stock:--impl=stock fast+cli:--impl=fast,@cli"}
JAVA_OPTS=${JAVA_OPTS:-}
OUT=${OUT:-bench/results/$(date -u +%Y%m%dT%H%M%SZ)-t${THREADS}.jsonl}
PYTHON=/usr/bin/python3   # Debian's interpreter: the one that sees python3-torch

JAR=${JAR:-target/activation-lab.jar}
if [[ $JAR == target/activation-lab.jar && ( ! -f $JAR || -n "$(find src/main -newer "$JAR" -print -quit)" ) ]]; then
  mvn -q -B package -DskipTests
fi
mkdir -p "$(dirname "$OUT")"
# A peer on the reference BLAS (python3-torch without libopenblas0-pthread) would flatter every ratio: stop first.
PEER_BLAS=$($PYTHON bench/peer_torch.py --check-blas) || exit 2
echo "PyTorch peer's BLAS: $PEER_BLAS" >&2
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
    sweep1-long) echo "--work sweep --parallel 1 --seeds $LONG_SWEEP_SEEDS" ;;
    sweep2-long) echo "--work sweep --parallel 2 --seeds $LONG_SWEEP_SEEDS" ;;
    compare) echo "--limit $COMPARE_LIMIT --hidden 256,256 --activations relu,tanh --seeds 2 --epochs 2" ;;
    gemm128) echo "--work gemm --batch 128" ;;
    gemm512) echo "--work gemm --batch 512" ;;
    *) echo "unknown workload '$1': expected mlp128 mlp512 xor playground rss sweep1 sweep2 sweep1-long sweep2-long compare gemm128 gemm512" >&2; exit 2 ;;
  esac
}

cli_line_for() {  # workload name -> the CLI command line that trains that kind of network on that kind of data
  case "$1" in
    mlp128|mlp512|rss|gemm128|gemm512) echo "compare --dataset fashion-mnist --hidden 256,256" ;;
    xor) echo "xor" ;;
    *) echo "compare" ;;   # playground, sweeps: the 2-8-8-1 circle networks of compare's defaults
  esac
}

LONG_SWEEP_SEEDS=${LONG_SWEEP_SEEDS:-16}   # sweep1-long, sweep2-long: seeds per activation (the short sweeps have 2)
COMPARE_LIMIT=${COMPARE_LIMIT:-10000}   # compare: first N Fashion-MNIST images of each split
LOG=${OUT%.jsonl}.log   # each process's stderr, so a failed measurement can be diagnosed
load() { cut -d' ' -f1 /proc/loadavg; }   # the 1-minute load average, recorded with every measurement
# the machine, recorded with every measurement: the products' speed depends on its vector units (round 6);
# getconf, since nproc reports OMP_NUM_THREADS
MACHINE="$(getconf _NPROCESSORS_ONLN) cores, $(sed -n 's/^model name[[:space:]]*: *//p' /proc/cpuinfo | head -1 | tr -d '"\\/&'), $(
  grep -q -w avx512f /proc/cpuinfo && echo AVX-512 || { grep -q -w avx2 /proc/cpuinfo && echo AVX2 || echo 'no AVX2'; })"
tag() { echo ",\"load\":\"$(load)\",\"machine\":\"$MACHINE\""; }   # the fields appended to each JSON line

# The CLI's training JVM maps the application's classes from a class archive that its first run wrote
# (cli/ClassArchive), so a variant with the CLI's settings (@cli) gets one too: written once per variant and
# workload by an unmeasured run of the same command, in a directory of this invocation's own (a variant
# "nocds:--impl=fast,@cli,-Dactivationlab.cds=false" measures without it).
ARCHIVES=$(mktemp -d)
trap 'rm -rf "$ARCHIVES"' EXIT
class_archive() {  # key jvm-flags... -- benchmain-args...: sets ARCHIVE_FLAGS to the flags that use the key's archive
  local key=$1 flags=() file; shift
  while [[ $1 != -- ]]; do flags+=("$1"); shift; done; shift
  file=$ARCHIVES/$key.jsa
  if [[ ! -f $file ]]; then
    # shellcheck disable=SC2086
    java $JAVA_OPTS "${flags[@]}" -XX:ArchiveClassesAtExit="$file.tmp" -Xlog:cds*=off -cp "$JAR" \
      org.activationlab.bench.BenchMain "$@" > /dev/null 2>>"$LOG" && mv "$file.tmp" "$file" || rm -f "$file.tmp"
  fi
  ARCHIVE_FLAGS=()
  if [[ -f $file ]]; then ARCHIVE_FLAGS=(-XX:SharedArchiveFile="$file" -Xlog:cds*=off); fi
}

run_dl4j() {  # variant-name comma-separated-args workload workload-args
  local name=$1 variant_args=$2 work=$3 jvm=() app=() arg extra=() cli_jvm=() forced=()
  IFS=, read -r -a extra <<< "$variant_args"
  # shellcheck disable=SC2046
  mapfile -t cli_jvm < <(java -cp "$JAR" org.activationlab.cli.JvmFlags $(cli_line_for "$work"))
  shift 3
  for arg in "${extra[@]}"; do
    if [[ $arg == @cli ]]; then jvm+=("${cli_jvm[@]}");
    elif [[ $arg == @cli:* ]]; then  # the CLI's flags with its JIT choice forced: @cli:quick, @cli:kernels
      # shellcheck disable=SC2046
      mapfile -t forced < <(java -Dactivationlab.jit="${arg#@cli:}" -cp "$JAR" org.activationlab.cli.JvmFlags $(cli_line_for "$work"))
      jvm+=("${forced[@]}")
    elif [[ $arg == -D* || $arg == -X* ]]; then jvm+=("$arg"); elif [[ -n $arg ]]; then app+=("$arg"); fi
  done
  # as in the CLI, -Dactivationlab.cds=false or a sharing flag of the variant's own means no archive
  if [[ $variant_args == *@cli* && $variant_args != *activationlab.cds=false* && $variant_args != *-Xshare* \
        && $variant_args != *SharedArchiveFile* ]]; then class_archive "$name-$work" "${jvm[@]}" -- "${app[@]}" "$@"; jvm+=("${ARCHIVE_FLAGS[@]}"); fi
  # shellcheck disable=SC2086
  java $JAVA_OPTS "${jvm[@]}" -cp "$JAR" org.activationlab.bench.BenchMain "${app[@]}" "$@" 2>>"$LOG" \
    | grep '^{' | sed "s/\"side\":\"dl4j\"/\"side\":\"dl4j-$name\"/; s/}\$/$(tag)}/" >> "$OUT" \
    || echo "dl4j-$name $*: no measurement (see $LOG)" >&2
}

run_torch() {
  # shellcheck disable=SC2086
  $PYTHON bench/peer_torch.py "$@" 2>>"$LOG" | grep '^{' | sed "s/}\$/$(tag)}/" >> "$OUT" || echo "torch $*: no measurement (see $LOG)" >&2
}

whole_process() {  # side command...: runs the command under /usr/bin/time, appends wall s, CPU s (user + system,
  # children included) and peak RSS (the largest process of the tree) as one JSON line
  local side=$1 times; shift
  times=$(mktemp)
  if /usr/bin/time -o "$times" -f "%e %U %S %M" "$@" > /dev/null 2>>"$LOG"; then
    read -r wall user sys kb < "$times"
    printf '{"work":"compare-fashion","side":"%s","value":%s,"cpu_value":%s,"unit":"s","lower_is_better":true,"peak_rss_mb":%s,"threads":"%s"%s}\n' \
      "$side" "$wall" "$(echo "$user + $sys" | bc)" "$(echo "scale=1; $kb / 1024" | bc)" "$THREADS" "$(tag)" >> "$OUT"
  else
    echo "$side compare: no measurement (see $LOG)" >&2
  fi
  rm -f "$times"
}

cli_compare() {  # out-dir workload-args: sets CLI_COMPARE to the CLI exactly as a user runs it (no OpenMP
  # variables: its own relaunch and JVM choice), with a cache directory of this invocation's own for its class archive
  local out=$1; shift
  CLI_COMPARE=(env -u OMP_NUM_THREADS -u OMP_WAIT_POLICY XDG_CACHE_HOME="$ARCHIVES/cli-cache" java -jar "$JAR" compare
    --dataset fashion-mnist "$@" --batch-size 128 --optimizer adam --lr 0.001 --quiet --out "$out")
}

run_compare() {  # workload-args: the CLI, and the peer with one OpenMP thread per worker process
  local dir
  dir=$(mktemp -d)
  if [[ ! -d $ARCHIVES/cli-cache ]]; then  # a user's first run writes the class archive: not measured
    cli_compare "$dir/prime" "$@"
    "${CLI_COMPARE[@]}" > /dev/null 2>>"$LOG" || true
  fi
  if (( rep % 2 == 1 )); then
    whole_process torch $PYTHON bench/peer_torch.py --work compare --parallel 2 --out "$dir/torch" "$@"
  fi
  cli_compare "$dir/dl4j" "$@"
  whole_process dl4j-cli "${CLI_COMPARE[@]}"
  if (( rep % 2 == 0 )); then
    whole_process torch $PYTHON bench/peer_torch.py --work compare --parallel 2 --out "$dir/torch" "$@"
  fi
  rm -rf "$dir"
}

for rep in $(seq 1 "$REPS"); do
  for work in $WORKS; do
    read -r -a wargs <<< "$(args_for "$work")"
    echo "rep $rep/$REPS: $work (load $(load))" >&2
    if [[ $work == compare ]]; then run_compare "${wargs[@]}"; continue; fi
    if (( rep % 2 == 1 )); then run_torch "${wargs[@]}"; fi
    for v in $VARIANTS; do run_dl4j "${v%%:*}" "${v#*:}" "$work" "${wargs[@]}"; done
    if (( rep % 2 == 0 )); then run_torch "${wargs[@]}"; fi
  done
done
$PYTHON bench/summarize.py "$OUT"
