#!/usr/bin/env bash
# Starts/stops a PRIVATE copy of the local stack's infrastructure for bench trials, without touching the shared
# one (./samverkan up): the same Kafka 4.3.1 broker classpath (infra/local/kafka-broker/target/lib) and the same
# mongo-java-server stand-in (H2 file backend), with the same JVM flags as ./samverkan, but on other ports and with
# data under $BENCH_STACK_DIR (default /tmp/samverkan-bench-stack). Needs both built (./samverkan up builds them).
#
# Usage: bench/private-stack.sh up|stop
#   then: KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:19092 MONGODB_URI=mongodb://127.0.0.1:27117/bench bench/run.sh
# Ports and folder can be chosen (the service benches use their own): BENCH_KAFKA_PORT (19092),
# BENCH_CONTROLLER_PORT (kafka port + 1), BENCH_MONGO_PORT (27117), BENCH_MONGO_XMX (384m), BENCH_STACK_DIR.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIR=${BENCH_STACK_DIR:-/tmp/samverkan-bench-stack}
KAFKA_PORT=${BENCH_KAFKA_PORT:-19092}
CONTROLLER_PORT=${BENCH_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}
MONGO_PORT=${BENCH_MONGO_PORT:-27117}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k)
KAFKA_LIB=$ROOT/infra/local/kafka-broker/target/lib
MONGO=$ROOT/infra/local/mongo-standin/target

open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

up() {
  [[ -d $KAFKA_LIB && -f $MONGO/mongo-standin.jar ]] || { echo "build the local stack first (./samverkan up builds it)" >&2; exit 1; }
  mkdir -p "$DIR/kafka/logs" "$DIR/mongo"
  if ! open $MONGO_PORT; then
    rm -f "$DIR/mongo/bench.mv" "$DIR/mongo/bench.mv.db"   # the H2 file is named as given
    nohup "$JAVA" "${FLAGS[@]}" -Xmx"${BENCH_MONGO_XMX:-384m}" -cp "$MONGO/mongo-standin.jar:$MONGO/lib/*" org.samverkan.infra.mongo.MongoStandIn \
      --file "$DIR/mongo/bench.mv" --host 127.0.0.1 --port $MONGO_PORT >"$DIR/mongo.log" 2>&1 </dev/null &
    echo $! >"$DIR/mongo.pid"
  fi
  if ! open $KAFKA_PORT; then
    sed -e "s#@LOG_DIRS@#$DIR/kafka/logs#" -e "s#127.0.0.1:9093#127.0.0.1:$CONTROLLER_PORT#g" -e "s#127.0.0.1:9092#127.0.0.1:$KAFKA_PORT#g" \
      "$ROOT/infra/local/kafka/server.properties" >"$DIR/kafka/server.properties"
    if [[ ! -f $DIR/kafka/logs/meta.properties ]]; then
      id=$("$JAVA" -cp "$KAFKA_LIB/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n1)
      "$JAVA" -Dlog4j2.configurationFile="$ROOT/infra/local/kafka/log4j2.xml" -cp "$KAFKA_LIB/*" kafka.tools.StorageTool format \
        --standalone -t "$id" -c "$DIR/kafka/server.properties" >"$DIR/kafka-format.log" 2>&1
    fi
    nohup "$JAVA" "${FLAGS[@]}" -Xmx512m -Djava.awt.headless=true -Dlog4j2.configurationFile="$ROOT/infra/local/kafka/log4j2.xml" \
      -cp "$KAFKA_LIB/*" kafka.Kafka "$DIR/kafka/server.properties" >"$DIR/kafka.log" 2>&1 </dev/null &
    echo $! >"$DIR/kafka.pid"
  fi
  for _ in $(seq 60); do open $MONGO_PORT && open $KAFKA_PORT && break; sleep 1; done
  open $MONGO_PORT && open $KAFKA_PORT || { echo "private stack did not come up; see $DIR/*.log" >&2; exit 1; }
  echo "private stack up: KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT MONGODB_URI=mongodb://127.0.0.1:$MONGO_PORT/bench"
}

stop() {
  local f pid
  for f in "$DIR/kafka.pid" "$DIR/mongo.pid"; do
    [[ -f $f ]] || continue
    pid=$(<"$f")
    kill -TERM "$pid" 2>/dev/null && echo "stopping pid $pid ($f)"
    for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    rm -f "$f"
  done
}

case ${1:-} in up) up ;; stop) stop ;; *) echo "usage: $0 up|stop" >&2; exit 2 ;; esac
