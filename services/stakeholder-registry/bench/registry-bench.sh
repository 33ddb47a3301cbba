#!/usr/bin/env bash
# Reach query and coverage matrix latency of the stakeholder registry over N organisations (default 50,000) on a
# PRIVATE local stack: the Kafka 4.3.1 broker (infra/local/kafka-broker/target/lib) on 19192/19193, the
# mongo-java-server stand-in with its H2 file backend (infra/local/mongo-standin) on 27217, and the registry's
# executable jar on 18081. Modelled on bench/private-stack.sh; never touches the shared stack's ports.
# Loopback only; bounded request counts.
#
# Build first:  ./mvnw -q -o install -DskipTests -pl services/stakeholder-registry   (and the local stack: ./samverkan up builds it)
# Usage:        services/stakeholder-registry/bench/registry-bench.sh [N] [REQUESTS_PER_QUERY]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
HERE=$ROOT/services/stakeholder-registry/bench
DIR=${REGISTRY_BENCH_DIR:-/tmp/samverkan-registry-bench}
N=${1:-50000} REQUESTS=${2:-200}
KAFKA_PORT=19192 CONTROLLER_PORT=19193 MONGO_PORT=27217 HTTP_PORT=18081
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k)
JAR=$(ls "$ROOT"/services/stakeholder-registry/target/stakeholder-registry-*-exec.jar | head -n1)
M2=${HOME}/.m2/repository/org/mongodb
DRIVER="$M2/mongodb-driver-sync/5.8.0/mongodb-driver-sync-5.8.0.jar:$M2/mongodb-driver-core/5.8.0/mongodb-driver-core-5.8.0.jar:$M2/bson/5.8.0/bson-5.8.0.jar:$M2/bson-record-codec/5.8.0/bson-record-codec-5.8.0.jar"

open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }
start() { # start NAME command... : background process, pid in $DIR/NAME.pid
  local name=$1; shift
  nohup "$@" >"$DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$DIR/$name.pid"
}
# Kafka and the stand-in come from the shared private-stack script, on this bench's own ports and folder.
infra() {
  BENCH_KAFKA_PORT=$KAFKA_PORT BENCH_CONTROLLER_PORT=$CONTROLLER_PORT BENCH_MONGO_PORT=$MONGO_PORT BENCH_MONGO_XMX=1g \
    BENCH_STACK_DIR=$DIR "$ROOT/bench/private-stack.sh" "$1"
}
stop() {
  local pid
  if [[ -f $DIR/registry.pid ]]; then
    pid=$(<"$DIR/registry.pid")
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    rm -f "$DIR/registry.pid"
  fi
  infra stop >/dev/null
}
trap stop EXIT

for port in $KAFKA_PORT $CONTROLLER_PORT $MONGO_PORT $HTTP_PORT; do
  open $port && { echo "port $port is taken; is a previous bench still running?" >&2; exit 1; }
done
rm -rf "$DIR" && mkdir -p "$DIR/kafka/logs" "$DIR/mongo"

infra up

"$JAVA" -cp "$DRIVER" "$HERE/RegistryBench.java" keys "$DIR"
"$JAVA" -cp "$DRIVER" "$HERE/RegistryBench.java" load "mongodb://127.0.0.1:$MONGO_PORT/registry" "$N"

start registry "$JAVA" -XX:+UseSerialGC -Xmx1g -jar "$JAR" --server.port=$HTTP_PORT \
  --spring.mongodb.uri=mongodb://127.0.0.1:$MONGO_PORT/registry --spring.kafka.bootstrap-servers=127.0.0.1:$KAFKA_PORT \
  --samverkan.security.jwt.issuer=http://localhost:9000 --samverkan.security.jwt.public-key-location=file:$DIR/jwt.pub \
  --management.otlp.tracing.export.enabled=false --management.tracing.sampling.probability=0
for _ in $(seq 120); do curl -sf http://127.0.0.1:$HTTP_PORT/actuator/health >/dev/null && break; sleep 1; done
curl -sf http://127.0.0.1:$HTTP_PORT/actuator/health >/dev/null || { echo "registry did not start; see $DIR/registry.log" >&2; exit 1; }

echo "| query | request | n | p50 ms | p99 ms | matches |"
echo "|---|---|---|---|---|---|"
"$JAVA" -cp "$DRIVER" "$HERE/RegistryBench.java" measure "http://127.0.0.1:$HTTP_PORT" "$DIR" "$REQUESTS"
