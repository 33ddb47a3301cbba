#!/usr/bin/env bash
# A PRIVATE local stack for the inventory benchmark, on ports nobody else uses: a real Kafka 4.3.1 broker (KRaft,
# 19292/19293), the mongo-java-server stand-in with its H2 file backend (27317) and the needs-capacity exec jar
# (18082), started with the same JVM flags as ./samverkan. Modelled on bench/private-stack.sh. Data and logs live
# under $INVENTORY_BENCH_DIR (default /tmp/samverkan-inventory-bench); `stop` ends exactly the processes it started.
#
# OUTBOX_SWEEP_INTERVAL (default 5s, the platform default) sets the outbox relay's crash-recovery sweep; see
# docs/benchmarks.md for why the benchmark runs with 10m on the stand-in.
# Usage: services/needs-capacity/bench/stack.sh up|stop     (build first: ./mvnw -q -o install -DskipTests -pl services/needs-capacity)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
DIR=${INVENTORY_BENCH_DIR:-/tmp/samverkan-inventory-bench}
KAFKA_PORT=19292 CONTROLLER_PORT=19293 MONGO_PORT=27317 SERVICE_PORT=18082
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k)
KAFKA_LIB=$ROOT/infra/local/kafka-broker/target/lib
MONGO=$ROOT/infra/local/mongo-standin/target
JAR=$(ls "$ROOT"/services/needs-capacity/target/needs-capacity-*-exec.jar | head -n1)

open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

up() {
  mkdir -p "$DIR/kafka/logs" "$DIR/mongo"
  if ! open $MONGO_PORT; then
    rm -f "$DIR/mongo/inventory.mv.db"
    nohup "$JAVA" "${FLAGS[@]}" -Xmx1g -cp "$MONGO/mongo-standin.jar:$MONGO/lib/*" org.samverkan.infra.mongo.MongoStandIn \
      --file "$DIR/mongo/inventory.mv" --host 127.0.0.1 --port $MONGO_PORT >"$DIR/mongo.log" 2>&1 </dev/null &
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
  open $MONGO_PORT && open $KAFKA_PORT || { echo "infrastructure did not come up; see $DIR/*.log" >&2; exit 1; }
  # The service trusts the bench's own signing key (InventoryBench.java keys), as the tests trust theirs.
  [[ -f $DIR/jwt-public.pem ]] || "$JAVA" -cp "$("$HERE/classpath.sh")" "$HERE/InventoryBench.java" keys "$DIR"
  if ! open $SERVICE_PORT; then
    SERVER_PORT=$SERVICE_PORT KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT MONGODB_URI=mongodb://127.0.0.1:$MONGO_PORT/inventory \
      nohup "$JAVA" "${FLAGS[@]}" -Xmx1g -jar "$JAR" --samverkan.security.jwt.issuer=http://localhost:9000 \
      --samverkan.security.jwt.public-key-location=file:"$DIR/jwt-public.pem" --management.tracing.sampling.probability=0 \
      --samverkan.outbox.sweep-interval="${OUTBOX_SWEEP_INTERVAL:-5s}" \
      >"$DIR/service.log" 2>&1 </dev/null &
    echo $! >"$DIR/service.pid"
  fi
  for _ in $(seq 90); do curl -fs "http://127.0.0.1:$SERVICE_PORT/actuator/health/readiness" >/dev/null && break; sleep 1; done
  curl -fs "http://127.0.0.1:$SERVICE_PORT/actuator/health/readiness" >/dev/null || { echo "service not ready; see $DIR/service.log" >&2; exit 1; }
  echo "inventory bench stack up: service http://127.0.0.1:$SERVICE_PORT, mongodb://127.0.0.1:$MONGO_PORT/inventory, kafka 127.0.0.1:$KAFKA_PORT"
}

stop() {
  local f pid
  for f in "$DIR/service.pid" "$DIR/kafka.pid" "$DIR/mongo.pid"; do
    [[ -f $f ]] || continue
    pid=$(<"$f")
    kill -TERM "$pid" 2>/dev/null && echo "stopping pid $pid ($f)"
    for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    rm -f "$f"
  done
}

case ${1:-} in up) up ;; stop) stop ;; *) echo "usage: $0 up|stop" >&2; exit 2 ;; esac
