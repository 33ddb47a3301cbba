#!/usr/bin/env bash
# The bad-input suite (platform-test BadRequests/BadInputSuite) against the running local stack: every operation of
# every service's OpenAPI description, generated bad requests, repeated to at least N requests (default 10000).
#   ./samverkan up && ./samverkan seed
#   bench/bad-input.sh [N]
# Start the stack with a raised anonymous-write limit (SAMVERKAN_ANONYMOUS_WRITES_PER_WINDOW=1000000, once the rate
# limit is merged), or POST /api/organizations cases answer 429 (still a 4xx problem, but not a field check).
# Prints one line per service and the summary  requests=N 5xx=0 partial_writes=0  (exit 1 if either is not 0).
# Env: MONGODB_URI (default mongodb://127.0.0.1:27017), SAMVERKAN_IDENTITY_URL (token.sh), BASE (default http://localhost).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
N=${1:-10000}
MONGO=${MONGODB_URI:-mongodb://127.0.0.1:27017}
BASE=${BASE:-http://localhost}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH=$JAVA_HOME/bin:$PATH
cd "$ROOT"
CP_FILE=$ROOT/services/platform-test/target/bad-input.classpath
# Compiles only (never installs): the shared ~/.m2 snapshots stay as they are.
./mvnw -B -q -o compile -pl services/platform-test -am
./mvnw -B -q -o dependency:build-classpath -pl services/platform-test -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=compile
CP=$ROOT/services/platform-test/target/classes:$ROOT/services/platform/target/classes:$(cat "$CP_FILE")
token() { infra/local/token.sh "$1"; }
exec java -cp "$CP" org.samverkan.platform.test.BadInputBench "$N" "$MONGO" \
  "$BASE:8081|registry|organizations,contact_persons|$(token admin)" \
  "$BASE:8082|inventory|needs,offers,commitments|$(token staff)" \
  "$BASE:8083|communications|notices,inboxes,situation_updates|$(token comms)" \
  "$BASE:8084|followup|observations,reports,rumours,measures|$(token staff)"
