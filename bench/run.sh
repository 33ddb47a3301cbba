#!/usr/bin/env bash
# Bench harness: (a) raw Kafka produce->consume vs (b) the platform pipeline (aggregate save -> outbox relay ->
# Kafka -> @KafkaListener + EventReader -> ProjectionWriter). Needs the local stack's Kafka and MongoDB stand-in:
#   ./samverkan up          (or only the infrastructure: ./samverkan up mongo kafka)
#   bench/run.sh [--bench.pipeline.aggregates=N ...]     extra args go to the bench (Spring properties)
# Env: KAFKA_BOOTSTRAP_SERVERS (default 127.0.0.1:9092), MONGODB_URI (default mongodb://127.0.0.1:27017/bench),
#      BENCH_JAVA_OPTS (default -Xmx1g), BENCH_DOCS (default docs/benchmarks.md), BENCH_INFRA (label for the report).
# Prints the figures and rewrites the bench:platform section of docs/benchmarks.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VERSION=0.1.0-SNAPSHOT
JAR=$ROOT/bench/target/bench-$VERSION-exec.jar
export KAFKA_BOOTSTRAP_SERVERS=${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}
export MONGODB_URI=${MONGODB_URI:-mongodb://127.0.0.1:27017/bench}
DOCS=${BENCH_DOCS:-$ROOT/docs/benchmarks.md}

die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- JDK >= 21 (same rule as ./samverkan)
java_major() {
  local v
  v=$("$1" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}') || return 1
  [[ -n $v ]] || return 1
  v=${v%%[-+]*}
  [[ $v == 1.* ]] && v=${v#1.}
  printf '%s\n' "${v%%.*}"
}
select_jdk() {
  local candidate major best='' best_major=0
  if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]] && major=$(java_major "$JAVA_HOME/bin/java") && ((major >= 21)); then
    best=$JAVA_HOME
  elif [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
    best=/usr/lib/jvm/temurin-25-jdk-amd64
  else
    for candidate in /usr/lib/jvm/*/; do
      candidate=${candidate%/}
      [[ -x $candidate/bin/java && ! -L $candidate ]] || continue
      major=$(java_major "$candidate/bin/java") || continue
      if ((major >= 21 && major > best_major)); then best=$candidate best_major=$major; fi
    done
  fi
  [[ -n $best ]] || die "no JDK 21 or newer found (checked JAVA_HOME, /usr/lib/jvm/temurin-25-jdk-amd64, /usr/lib/jvm/*)"
  export JAVA_HOME=$best PATH=$best/bin:$PATH
}
select_jdk

# ---------------------------------------------------------------- build the bench jar if missing or stale
if [[ ! -f $JAR || -n $(find "$ROOT/bench/src" "$ROOT/bench/pom.xml" "$ROOT/services/platform/src/main" -newer "$JAR" -print -quit 2>/dev/null) ]]; then
  echo "bench: building $JAR ..."
  if [[ -x $ROOT/mvnw ]]; then MVN=("$ROOT/mvnw"); else command -v mvn >/dev/null || die "neither ./mvnw nor mvn found"; MVN=(mvn); fi
  (cd "$ROOT" && "${MVN[@]}" -q -DskipTests install -pl bench -am) || die "build failed (see the Maven output above)"
fi

# ---------------------------------------------------------------- infrastructure reachable?
hostport() { # first host:port of a bootstrap list or a mongodb:// URI
  local s=${1#mongodb://}
  s=${s#*@}; s=${s%%/*}; s=${s%%\?*}; s=${s%%,*}
  [[ $s == *:* ]] || s=$s:$2
  printf '%s\n' "$s"
}
reachable() { local hp=$1; timeout 3 bash -c "exec 3<>/dev/tcp/${hp%:*}/${hp##*:}" 2>/dev/null; }
KAFKA_HP=$(hostport "${KAFKA_BOOTSTRAP_SERVERS%%,*}" 9092)
MONGO_HP=$(hostport "$MONGODB_URI" 27017)
missing=()
reachable "$KAFKA_HP" || missing+=("Kafka at $KAFKA_HP (KAFKA_BOOTSTRAP_SERVERS)")
reachable "$MONGO_HP" || missing+=("MongoDB at $MONGO_HP (MONGODB_URI)")
if ((${#missing[@]} > 0)); then
  die "cannot reach $(IFS=';'; echo "${missing[*]}" | sed 's/;/ and /g'). Start the local stack first: ./samverkan up (the bench needs only: ./samverkan up mongo kafka)"
fi

# ---------------------------------------------------------------- what are we talking to? (for the report)
listener_cmdline() { # the command line of the local process listening on PORT, if visible
  local port=$1 pid
  command -v ss >/dev/null || return 1
  pid=$(ss -Htlnp "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2)
  [[ -n $pid && -r /proc/$pid/cmdline ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline"
}
jar_version_in() { # jar_version_in CMDLINE PREFIX -> version of PREFIX-x.y.z.jar found on the -cp dirs
  local cp dir f dirs
  cp=$(sed -n 's/.*-cp \([^ ]*\).*/\1/p' <<<"$1")
  IFS=: read -ra dirs <<<"$cp"
  for dir in "${dirs[@]}"; do
    dir=${dir%/\*}
    for f in "$dir"/"$2"-*.jar; do [[ -f $f ]] && { f=${f##*/$2-}; echo "${f%.jar}"; return 0; }; done
  done
  return 1
}
broker="Kafka at $KAFKA_HP"
if cmd=$(listener_cmdline "${KAFKA_HP##*:}") && [[ $cmd == *kafka.Kafka* ]]; then
  v=$(jar_version_in "$cmd" kafka_2.13 || echo '?')
  broker="Apache Kafka $v broker process (KRaft, single node, JVM $(grep -o -- '-XX:TieredStopAtLevel=1\|-XX:+UseSerialGC\|-Xmx[0-9]*[mg]' <<<"$cmd" | tr '\n' ' ' | sed 's/ $//')) at $KAFKA_HP"
fi
store="MongoDB at $MONGO_HP"
if cmd=$(listener_cmdline "${MONGO_HP##*:}") && [[ $cmd == *MongoStandIn* ]]; then
  v=$(jar_version_in "$cmd" mongo-java-server-core || echo '?')
  store="mongo-java-server $v stand-in process, H2 file backend (infra/local/mongo-standin) at $MONGO_HP"
fi
if [[ -z ${BENCH_INFRA:-} ]]; then
  if [[ $KAFKA_HP == 127.0.0.1:9092 && $MONGO_HP == 127.0.0.1:27017 ]]; then BENCH_INFRA="local stack (./samverkan up)"
  else BENCH_INFRA="custom endpoints"; fi
  BENCH_INFRA="$BENCH_INFRA: Kafka $KAFKA_HP, MongoDB $MONGO_HP"
fi

echo "bench: JDK $JAVA_HOME; Kafka $KAFKA_HP; MongoDB $MONGO_HP; results -> $DOCS"
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx1g} -jar "$JAR" \
  --bench.docs="$DOCS" --bench.infra="$BENCH_INFRA" --bench.broker="$broker" --bench.store="$store" "$@"
