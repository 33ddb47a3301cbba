#!/usr/bin/env bash
# A PRIVATE local stack for the communications benchmark, on ports nobody else uses: a real Kafka 4.3.1 broker
# (KRaft, 19392/19393), the mongo-java-server stand-in with its H2 file backend (27417) and the communications exec
# jar (18083), started with the same JVM flags as ./samverkan. Kafka and the stand-in via bench/private-stack.sh. Data and logs live
# under $COMMUNICATIONS_BENCH_DIR (default /tmp/samverkan-communications-bench); `stop` ends exactly the processes it
# started. Deliveries go to the SMS gateway simulator (in memory), so the fan-out measures the service, not a relay.
# Usage: services/communications/bench/stack.sh up|stop  (build first: ./mvnw -q -o install -DskipTests -pl services/communications)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
DIR=${COMMUNICATIONS_BENCH_DIR:-/tmp/samverkan-communications-bench}
KAFKA_PORT=19392 CONTROLLER_PORT=19393 MONGO_PORT=27417 SERVICE_PORT=18083
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k)
JAR=$(ls "$ROOT"/services/communications/target/communications-*-exec.jar | head -n1)

open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

# Kafka and the stand-in come from the shared private-stack script, on this bench's own ports and folder.
infra() {
  BENCH_KAFKA_PORT=$KAFKA_PORT BENCH_CONTROLLER_PORT=$CONTROLLER_PORT BENCH_MONGO_PORT=$MONGO_PORT BENCH_MONGO_XMX=1g \
    BENCH_STACK_DIR=$DIR "$ROOT/bench/private-stack.sh" "$1"
}

up() {
  infra up
  # The service trusts the bench's own signing key (CommunicationsBench.java keys), as the tests trust theirs.
  [[ -f $DIR/jwt-public.pem ]] || "$JAVA" -cp "$("$HERE/classpath.sh")" "$HERE/CommunicationsBench.java" keys "$DIR"
  if ! open $SERVICE_PORT; then
    SERVER_PORT=$SERVICE_PORT KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT MONGODB_URI=mongodb://127.0.0.1:$MONGO_PORT/communications \
      nohup "$JAVA" "${FLAGS[@]}" -Xmx1g -jar "$JAR" --samverkan.security.jwt.issuer=http://localhost:9000 \
      --samverkan.security.jwt.public-key-location=file:"$DIR/jwt-public.pem" --management.tracing.sampling.probability=0 \
      --samverkan.outbox.sweep-interval="${OUTBOX_SWEEP_INTERVAL:-5s}" --samverkan.communications.delivery.sweep-interval=200ms \
      --samverkan.communications.token-secret=bench-secret-bench-secret-bench-secret \
      >"$DIR/service.log" 2>&1 </dev/null &
    echo $! >"$DIR/service.pid"
  fi
  for _ in $(seq 90); do curl -fs "http://127.0.0.1:$SERVICE_PORT/actuator/health/readiness" >/dev/null && break; sleep 1; done
  curl -fs "http://127.0.0.1:$SERVICE_PORT/actuator/health/readiness" >/dev/null || { echo "service not ready; see $DIR/service.log" >&2; exit 1; }
  echo "communications bench stack up: service http://127.0.0.1:$SERVICE_PORT, mongodb://127.0.0.1:$MONGO_PORT/communications, kafka 127.0.0.1:$KAFKA_PORT"
}

stop() {
  local pid
  if [[ -f $DIR/service.pid ]]; then
    pid=$(<"$DIR/service.pid")
    kill -TERM "$pid" 2>/dev/null && echo "stopping pid $pid (service)"
    for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    rm -f "$DIR/service.pid"
  fi
  infra stop
}

case ${1:-} in up) up ;; stop) stop ;; *) echo "usage: $0 up|stop" >&2; exit 2 ;; esac
