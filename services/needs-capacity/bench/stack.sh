#!/usr/bin/env bash
# A PRIVATE local stack for the inventory benchmark, on ports nobody else uses: a real Kafka 4.3.1 broker (KRaft,
# 19292/19293), the mongo-java-server stand-in with its H2 file backend (27317) and the needs-capacity exec jar
# (18082), started with the same JVM flags as ./samverkan by bench/service-stack.sh. Data and logs live
# under $INVENTORY_BENCH_DIR (default /tmp/samverkan-inventory-bench); `stop` ends exactly the processes it started.
#
# OUTBOX_SWEEP_INTERVAL (default 60s, the platform default) sets the outbox relay's crash-recovery sweep; see
# docs/benchmarks.md for why the benchmark ran with 10m on the stand-in.
# Usage: services/needs-capacity/bench/stack.sh up|stop     (build first: ./mvnw -q -o install -DskipTests -pl services/needs-capacity)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BENCH_NAME=inventory BENCH_STACK_DIR=${INVENTORY_BENCH_DIR:-/tmp/samverkan-inventory-bench} \
  BENCH_KAFKA_PORT=19292 BENCH_MONGO_PORT=27317 BENCH_SERVICE_PORT=18082 BENCH_DATABASE=inventory \
  BENCH_MODULE=needs-capacity BENCH_JAR= BENCH_PROGRAM=$HERE/InventoryBench.java \
  exec "$HERE/../../../bench/service-stack.sh" "${1:-}" --samverkan.outbox.sweep-interval="${OUTBOX_SWEEP_INTERVAL:-60s}"
