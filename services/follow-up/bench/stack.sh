#!/usr/bin/env bash
# A PRIVATE local stack for the follow-up dashboard benchmark, on ports nobody else uses: a real Kafka 4.3.1 broker
# (KRaft, 19492/19493), the mongo-java-server stand-in with its H2 file backend (27517) and the follow-up exec jar
# (18084), started with the same JVM flags as ./samverkan by bench/service-stack.sh. Data and
# logs live under $FOLLOWUP_BENCH_DIR (default /tmp/samverkan-followup-bench); `stop` ends exactly the processes it
# started. The source services do not run: the bench writes their events onto their topics, as their relays would.
# Usage: services/follow-up/bench/stack.sh up|stop   (build first: ./mvnw -q -o package -DskipTests -pl services/follow-up;
#        FOLLOWUP_JAR=path/to/follow-up-*-exec.jar picks another build)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BENCH_NAME=follow-up BENCH_STACK_DIR=${FOLLOWUP_BENCH_DIR:-/tmp/samverkan-followup-bench} \
  BENCH_KAFKA_PORT=19492 BENCH_MONGO_PORT=27517 BENCH_SERVICE_PORT=18084 BENCH_DATABASE=followup \
  BENCH_MODULE=follow-up BENCH_JAR=${FOLLOWUP_JAR:-} BENCH_PROGRAM=$HERE/FollowUpBench.java \
  exec "$HERE/../../../bench/service-stack.sh" "${1:-}"
