#!/usr/bin/env bash
# A PRIVATE local stack for the follow-up dashboard benchmark, on ports nobody else uses: a real Kafka 4.3.1 broker
# (KRaft, 19492/19493), the mongo-java-server stand-in with its H2 file backend (27517) and the follow-up exec jar
# (18084), started with the same JVM flags as ./samverkan. Kafka and the stand-in via bench/private-stack.sh. Data and
# logs live under $FOLLOWUP_BENCH_DIR (default /tmp/samverkan-followup-bench); `stop` ends exactly the processes it
# started. The source services do not run: the bench writes their events onto their topics, as their relays would.
# Usage: services/follow-up/bench/stack.sh up|stop   (build first: ./mvnw -q -o package -DskipTests -pl services/follow-up;
#        FOLLOWUP_JAR=path/to/follow-up-*-exec.jar picks another build)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
DIR=${FOLLOWUP_BENCH_DIR:-/tmp/samverkan-followup-bench}
KAFKA_PORT=19492 CONTROLLER_PORT=19493 MONGO_PORT=27517 SERVICE_PORT=18084
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k)
JAR=${FOLLOWUP_JAR:-$(ls "$ROOT"/services/follow-up/target/follow-up-*-exec.jar | head -n1)}

open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

infra() {
  BENCH_KAFKA_PORT=$KAFKA_PORT BENCH_CONTROLLER_PORT=$CONTROLLER_PORT BENCH_MONGO_PORT=$MONGO_PORT BENCH_MONGO_XMX=1g \
    BENCH_STACK_DIR=$DIR "$ROOT/bench/private-stack.sh" "$1"
}

up() {
  infra up
  # The service trusts the bench's own signing key (FollowUpBench.java keys), as the tests trust theirs.
  [[ -f $DIR/jwt-public.pem ]] || "$JAVA" -cp "$("$HERE/classpath.sh")" "$HERE/FollowUpBench.java" keys "$DIR"
  if ! open $SERVICE_PORT; then
    SERVER_PORT=$SERVICE_PORT KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT MONGODB_URI=mongodb://127.0.0.1:$MONGO_PORT/followup \
      nohup "$JAVA" "${FLAGS[@]}" -Xmx1g -jar "$JAR" --samverkan.security.jwt.issuer=http://localhost:9000 \
      --samverkan.security.jwt.public-key-location=file:"$DIR/jwt-public.pem" --management.tracing.sampling.probability=0 \
      >"$DIR/service.log" 2>&1 </dev/null &
    echo $! >"$DIR/service.pid"
  fi
  for _ in $(seq 90); do curl -fs "http://127.0.0.1:$SERVICE_PORT/actuator/health/readiness" >/dev/null && break; sleep 1; done
  curl -fs "http://127.0.0.1:$SERVICE_PORT/actuator/health/readiness" >/dev/null || { echo "service not ready; see $DIR/service.log" >&2; exit 1; }
  echo "follow-up bench stack up: service http://127.0.0.1:$SERVICE_PORT, mongodb://127.0.0.1:$MONGO_PORT/followup, kafka 127.0.0.1:$KAFKA_PORT"
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
