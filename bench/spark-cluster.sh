#!/usr/bin/env bash
# A Spark 3.5 standalone cluster on this machine, for trying `--executor spark` without a Spark
# installation: a master and N one-core workers, each its own JVM, run from a SPARK_HOME laid out
# like a binary distribution (RELEASE, jars/) whose jars are the ones Maven resolves for the project
# (Spark, provided scope, and the project's libraries). See README "Sweeps on Spark".
#
#   bench/spark-cluster.sh start [WORKERS]   build SPARK_HOME (first time), start master + workers (default 2)
#   bench/spark-cluster.sh status            the master URL and which processes are alive
#   bench/spark-cluster.sh stop              stop every process the script started, by its pid
#   bench/spark-cluster.sh submit ARGS...    spark-submit the CLI (target/activation-lab.jar) to the cluster
#
# Environment: SPARK_CLUSTER_DIR (default target/spark-cluster: SPARK_HOME, logs, pids, work dirs),
# SPARK_MASTER_PORT (7077), SPARK_MASTER_WEBUI_PORT (8080), SPARK_WORKER_MEMORY (1g).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${SPARK_CLUSTER_DIR:-$root/target/spark-cluster}"
home="$dir/spark-home"
pids="$dir/pids"
port="${SPARK_MASTER_PORT:-7077}"
ui_port="${SPARK_MASTER_WEBUI_PORT:-8080}"
master="spark://127.0.0.1:$port"

# What spark-submit adds on Java 17; the daemons and a driver started with plain java need it too.
java17_flags() {
  sed -n 's:.*<spark.java17.flags>\(.*\)</spark.java17.flags>.*:\1:p' "$root/pom.xml"
}

build_home() {
  [ -f "$home/RELEASE" ] && return
  echo "building $home from the jars Maven resolves (first time only)"
  mkdir -p "$home/jars"
  (cd "$root" && mvn -q -B dependency:build-classpath -DincludeScope=compile -Dmdep.outputFile="$dir/classpath.txt")
  tr ':' '\n' < "$dir/classpath.txt" | while read -r jar; do ln -sf "$jar" "$home/jars/"; done
  echo "Spark $(ls "$home/jars" | sed -n 's/^spark-core_2.12-\(.*\)\.jar$/\1/p') (Scala 2.12), jars resolved by Maven" \
    > "$home/RELEASE"
}

# Starts one daemon in the background, records "name pid" in the pid file.
daemon() {
  local name="$1"; shift
  # shellcheck disable=SC2046
  SPARK_HOME="$home" SPARK_SCALA_VERSION=2.12 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_DIRS="$dir/local" \
    OMP_NUM_THREADS=1 OMP_WAIT_POLICY=PASSIVE \
    nohup java -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC $(java17_flags) -cp "$home/jars/*" "$@" > "$dir/$name.log" 2>&1 &
  echo "$name $!" >> "$pids"
}

alive() { kill -0 "$1" 2>/dev/null; }

start() {
  local workers="${1:-2}"
  if [ -s "$pids" ]; then
    echo "error: a cluster is already recorded in $pids; run '$0 stop' first" >&2
    exit 1
  fi
  mkdir -p "$dir/local"
  build_home
  daemon master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port "$ui_port"
  for i in $(seq 1 "$workers"); do
    mkdir -p "$dir/worker-$i"
    daemon "worker-$i" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 \
      --memory "${SPARK_WORKER_MEMORY:-1g}" --webui-port 0 --work-dir "$dir/worker-$i" "$master"
  done
  for _ in $(seq 1 120); do
    if [ "$(grep -o 'Registering worker [0-9.:]*' "$dir/master.log" | sort -u | wc -l)" -ge "$workers" ]; then
      echo "master $master (web UI http://127.0.0.1:$ui_port), $workers workers; logs in $dir"
      return
    fi
    sleep 1
  done
  echo "error: the cluster did not report $workers alive workers within 120 s; see the logs in $dir" >&2
  exit 1
}

status() {
  if [ ! -s "$pids" ]; then
    echo "no cluster started (no $pids)"
    return
  fi
  echo "master $master"
  while read -r name pid; do
    if alive "$pid"; then echo "$name pid $pid running"; else echo "$name pid $pid not running"; fi
  done < "$pids"
}

# Stops each recorded process and the executors it launched (its children), by pid: TERM, then KILL.
stop() {
  [ -s "$pids" ] || { echo "no cluster started (no $pids)"; return; }
  local all=()
  while read -r _ pid; do
    alive "$pid" || continue
    all+=("$pid")
    for child in $(pgrep -P "$pid" || true); do all+=("$child"); done
  done < "$pids"
  [ ${#all[@]} -gt 0 ] && kill "${all[@]}" 2>/dev/null || true
  for _ in $(seq 1 20); do
    local left=()
    for pid in "${all[@]}"; do alive "$pid" && left+=("$pid"); done
    [ ${#left[@]} -eq 0 ] && break
    sleep 0.5
  done
  for pid in "${all[@]}"; do alive "$pid" && kill -9 "$pid" 2>/dev/null; done
  rm -f "$pids"
  echo "stopped ${#all[@]} processes"
}

# spark-submit without a Spark installation: SparkSubmit from SPARK_HOME's jars, client mode.
submit() {
  [ -f "$root/target/activation-lab.jar" ] || { echo "error: no target/activation-lab.jar; run mvn -q -B package -DskipTests" >&2; exit 1; }
  # shellcheck disable=SC2046
  SPARK_HOME="$home" SPARK_SCALA_VERSION=2.12 SPARK_LOCAL_IP=127.0.0.1 OMP_NUM_THREADS=1 OMP_WAIT_POLICY=PASSIVE \
    java -Xmx1g $(java17_flags) -cp "$home/jars/*" org.apache.spark.deploy.SparkSubmit --master "$master" \
    --conf spark.driver.host=127.0.0.1 --class org.activationlab.cli.Main \
    "$root/target/activation-lab.jar" "$@"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  status) status ;;
  stop) stop ;;
  submit) shift; submit "$@" ;;
  *) echo "usage: $0 start [WORKERS] | status | stop | submit ARGS..." >&2; exit 2 ;;
esac
