#!/usr/bin/env bash
# The bench program's classpath: the Kafka client (and its compression libraries) as the local stack's broker uses
# them, and Nimbus JOSE from the local Maven repository for the bench's tokens.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
M2=${M2_REPO:-$HOME/.m2/repository}
echo "$ROOT/infra/local/kafka-broker/target/lib/*:$(ls "$M2"/com/nimbusds/nimbus-jose-jwt/10.9/*.jar | grep -v sources | head -n1)"
