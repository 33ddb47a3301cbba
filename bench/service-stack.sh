#!/usr/bin/env bash
# The shared part of the service benches' PRIVATE stacks (services/*/bench/stack.sh): Kafka and the MongoDB stand-in
# from bench/private-stack.sh, plus the service's exec jar, all on the bench's own ports and folder and with the same
# JVM flags as ./samverkan; `stop` ends exactly the processes it started. The service trusts the bench's own signing
# key, written by its bench program's `keys DIR` (run with the classpath from classpath.sh beside it), as the tests
# trust theirs.
#
# Usage: bench/service-stack.sh up|stop [service arguments...]   with, from the calling stack.sh:
#   BENCH_NAME (for messages), BENCH_STACK_DIR, BENCH_KAFKA_PORT (controller: +1), BENCH_MONGO_PORT,
#   BENCH_SERVICE_PORT, BENCH_DATABASE, BENCH_MODULE (services/<module>; its newest build's exec jar runs unless
#   BENCH_JAR names another) and BENCH_PROGRAM (the bench's .java file).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIR=$BENCH_STACK_DIR KAFKA_PORT=$BENCH_KAFKA_PORT MONGO_PORT=$BENCH_MONGO_PORT SERVICE_PORT=$BENCH_SERVICE_PORT
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k)

open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }
ready() { curl -fs "http://127.0.0.1:$SERVICE_PORT/actuator/health/readiness" >/dev/null; }

infra() {
  BENCH_CONTROLLER_PORT=$((KAFKA_PORT + 1)) BENCH_MONGO_XMX=1g "$ROOT/bench/private-stack.sh" "$1"
}

up() {
  local jar=${BENCH_JAR:-$(ls "$ROOT/services/$BENCH_MODULE/target/$BENCH_MODULE"-*-exec.jar | head -n1)}
  infra up
  [[ -f $DIR/jwt-public.pem ]] || "$JAVA" -cp "$("$(dirname "$BENCH_PROGRAM")/classpath.sh")" "$BENCH_PROGRAM" keys "$DIR"
  if ! open "$SERVICE_PORT"; then
    SERVER_PORT=$SERVICE_PORT KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT MONGODB_URI=mongodb://127.0.0.1:$MONGO_PORT/$BENCH_DATABASE \
      nohup "$JAVA" "${FLAGS[@]}" -Xmx1g -jar "$jar" --samverkan.security.jwt.issuer=http://localhost:9000 \
      --samverkan.security.jwt.public-key-location=file:"$DIR/jwt-public.pem" --management.tracing.sampling.probability=0 \
      "$@" >"$DIR/service.log" 2>&1 </dev/null &
    echo $! >"$DIR/service.pid"
  fi
  for _ in $(seq 90); do ready && break; sleep 1; done
  ready || { echo "service not ready; see $DIR/service.log" >&2; exit 1; }
  echo "$BENCH_NAME bench stack up: service http://127.0.0.1:$SERVICE_PORT, mongodb://127.0.0.1:$MONGO_PORT/$BENCH_DATABASE, kafka 127.0.0.1:$KAFKA_PORT"
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

command=${1:-}
shift || true
case $command in up) up "$@" ;; stop) stop ;; *) echo "usage: $0 up|stop [service arguments...]" >&2; exit 2 ;; esac
