#!/usr/bin/env bash
# Prints an access token for a Samverkan demo user, from the local Keycloak through a real OAuth2 flow: the
# resource owner password grant on the demo-only public client samverkan-cli (it exists only in the demo part of
# the realm that ./samverkan up adds; production realms have no password-grant client).
#   curl -H "Authorization: Bearer $(infra/local/token.sh staff)" http://localhost:8081/...
#
# Usage: infra/local/token.sh USER [PASSWORD]        (PASSWORD defaults to "demo")
# Env:   SAMVERKAN_ISSUER   the realm's issuer URL (default http://localhost:9000/realms/samverkan)
#        TOKEN_FIELD        token response field to print (default access_token; e.g. id_token)
set -euo pipefail

usage() { echo "usage: $0 USER [PASSWORD]   (demo users: staff comms equality admin operator rep1 rep2; password demo)" >&2; exit 2; }
fail() { echo "token.sh: $*" >&2; exit 1; }

[[ $# -ge 1 && $# -le 2 && $1 != -h && $1 != --help ]] || usage
user=$1
password=${2:-demo}
issuer=${SAMVERKAN_ISSUER:-http://localhost:9000/realms/samverkan}
issuer=${issuer%/}
field=${TOKEN_FIELD:-access_token}
command -v curl >/dev/null || fail "curl is required"

json_field() { # json_field NAME < json  (jq if present, else a sed fallback good enough for flat JSON)
  if command -v jq >/dev/null; then jq -er --arg f "$1" '.[$f] // empty'; else sed -n "s/.*\"$1\" *: *\"\([^\"]*\)\".*/\1/p"; fi
}

response=$(curl -sS --max-time 10 -X POST "$issuer/protocol/openid-connect/token" \
  --data-urlencode grant_type=password \
  --data-urlencode client_id=samverkan-cli \
  --data-urlencode scope=openid \
  --data-urlencode "username=$user" \
  --data-urlencode "password=$password") || fail "Keycloak not reachable at $issuer (is it running? ./samverkan status)"
token=$(printf '%s' "$response" | json_field "$field" || true)
[[ -n $token ]] || fail "no $field for user '$user': $response"
printf '%s\n' "$token"
