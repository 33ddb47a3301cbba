#!/usr/bin/env bash
# The bench program's classpath: the MongoDB sync driver and Nimbus JOSE from the local Maven repository.
M2=${M2_REPO:-$HOME/.m2/repository}
ls "$M2"/org/mongodb/mongodb-driver-sync/5.8.0/*.jar "$M2"/org/mongodb/mongodb-driver-core/5.8.0/*.jar \
   "$M2"/org/mongodb/bson/5.8.0/*.jar "$M2"/com/nimbusds/nimbus-jose-jwt/10.9/*.jar | grep -v sources | paste -sd:
