#!/usr/bin/env bash
# A PRIVATE local stack for the communications benchmark, on ports nobody else uses: a real Kafka 4.3.1 broker
# (KRaft, 19392/19393), the mongo-java-server stand-in with its H2 file backend (27417) and the communications exec
# jar (18083), started with the same JVM flags as ./samverkan by bench/service-stack.sh. Data and logs live
# under $COMMUNICATIONS_BENCH_DIR (default /tmp/samverkan-communications-bench); `stop` ends exactly the processes it
# started. Deliveries go to the SMS gateway simulator (in memory), so the fan-out measures the service, not a relay.
# Usage: services/communications/bench/stack.sh up|stop  (build first: ./mvnw -q -o install -DskipTests -pl services/communications)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BENCH_NAME=communications BENCH_STACK_DIR=${COMMUNICATIONS_BENCH_DIR:-/tmp/samverkan-communications-bench} \
  BENCH_KAFKA_PORT=19392 BENCH_MONGO_PORT=27417 BENCH_SERVICE_PORT=18083 BENCH_DATABASE=communications \
  BENCH_MODULE=communications BENCH_JAR= BENCH_PROGRAM=$HERE/CommunicationsBench.java \
  exec "$HERE/../../../bench/service-stack.sh" "${1:-}" --samverkan.outbox.sweep-interval="${OUTBOX_SWEEP_INTERVAL:-5s}" \
  --samverkan.communications.delivery.sweep-interval=200ms --samverkan.communications.sms.gateway=simulator --samverkan.communications.token-secret=bench-secret-bench-secret-bench-secret
