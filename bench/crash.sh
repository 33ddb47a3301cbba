#!/usr/bin/env bash
# The crash command (issue 12): steady mixed load on the local stack (registrations, verifications, offers, needs,
# commitments, notices with e-mail deliveries) while each service, the broker and the store are killed with kill -9 in
# turn and restarted (./samverkan up NAME), for N cycles; then every accepted request's effect is looked for in its
# service, in every consumer's copy (inventory and communications' copies of organisations, follow-up's dashboard and
# per-notice reach, the e-mails in the SMTP sink) and on the topics in per-aggregate order. Prints progress on stderr
# and exactly one line on stdout:
#   accepted=N lost=0 duplicated_effects=0 out_of_order=0 resent_same_message_id=K   (exit 1 unless the first three are 0;
#   K counts e-mails sent again with the same Message-ID after a kill lost the outcome of their first attempt)
#
# Usage: bench/crash.sh [--start] [--cycles N] [--short]     (also: ./samverkan crash ...)
#   --start      start the stack first (everything but the portal) and stop it afterwards, whatever happens
#                (CI: a fresh checkout); without it the stack must be up (./samverkan up)
#   --cycles N   kill rounds (default 10); each round kills, in turn: stakeholder-registry, needs-capacity,
#                communications, follow-up, kafka, mongo
#   --short      2 s of load between kills instead of 8 s (CI: --cycles 1 --short); at most 180 s to converge either way
#   --max-minutes M   start no new cycle after M minutes of killing (a slow machine: as many cycles as fit)
#   --tamper     the checker's own proof: delete one accepted organisation's copy at the inventory before checking
#                (the run must then report lost=1 and exit 1; use with --cycles 0)
# Components are restarted with the raised anonymous-registration limit (SAMVERKAN_ANONYMOUS_WRITES_PER_WINDOW) so
# registrations are limited by the kills, not by the rate limit; with --start the whole stack gets it.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
export SAMVERKAN_ANONYMOUS_WRITES_PER_WINDOW=${SAMVERKAN_ANONYMOUS_WRITES_PER_WINDOW:-1000000}
# A restart under load on a busy machine can take minutes; ./samverkan up gives up after this many seconds.
export SAMVERKAN_UP_TIMEOUT=${SAMVERKAN_UP_TIMEOUT:-400}

start=0 args=()
for arg in "$@"; do
  if [[ $arg == --start ]]; then start=1; else args+=("$arg"); fi
done

# JDK >= 21, as ./samverkan picks it.
if [[ -z ${JAVA_HOME:-} || ! -x $JAVA_HOME/bin/java ]] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*/; do
    candidate=${candidate%/}
    if [[ -x $candidate/bin/java ]] && "$candidate/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
      export JAVA_HOME=$candidate
      break
    fi
  done
fi
export PATH=$JAVA_HOME/bin:$PATH

# The checker's libraries (MongoDB driver, Kafka client, Jackson) are the platform's, resolved by Maven once and
# remembered until a pom changes. Resolving only: nothing is built or installed.
CP_FILE=$ROOT/bench/target/crash.classpath
mkdir -p "$ROOT/bench/target"
if [[ ! -s $CP_FILE || -n $(find "$ROOT/pom.xml" "$ROOT/services/pom.xml" "$ROOT/services/platform/pom.xml" -newer "$CP_FILE" -print -quit) ]]; then
  ./mvnw -B -q -o dependency:build-classpath -pl services/platform -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=compile 2>/dev/null ||
    ./mvnw -B -q dependency:build-classpath -pl services/platform -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=compile
fi

if ((start)); then
  trap './samverkan stop >&2 || true' EXIT
  ./samverkan up mongo kafka smtp smpp keycloak stakeholder-registry needs-capacity communications follow-up >&2
fi

status=0
java -Dlogback.configurationFile="$ROOT/bench/crash/logback.xml" -cp "$(cat "$CP_FILE")" "$ROOT/bench/crash/CrashRun.java" --root "$ROOT" "${args[@]+"${args[@]}"}" || status=$?
exit "$status"
