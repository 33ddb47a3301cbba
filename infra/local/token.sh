#!/usr/bin/env bash
# Prints an access token for a Samverkan demo user, obtained with the real OAuth2 authorization
# code + PKCE flow against the running identity service (public client samverkan-cli):
#   curl -H "Authorization: Bearer $(infra/local/token.sh staff)" http://localhost:8081/...
#
# Usage: infra/local/token.sh USER [PASSWORD]        (PASSWORD defaults to "demo")
# Env:   SAMVERKAN_IDENTITY_URL  issuer base URL (default http://localhost:9000)
#        TOKEN_FIELD             token response field to print (default access_token; e.g. id_token)
set -euo pipefail

usage() { echo "usage: $0 USER [PASSWORD]   (demo users: staff comms equality admin operator rep1 rep2; password demo)" >&2; exit 2; }
fail() { echo "token.sh: $*" >&2; exit 1; }

[[ $# -ge 1 && $# -le 2 && $1 != -h && $1 != --help ]] || usage
user=$1
password=${2:-demo}
base=${SAMVERKAN_IDENTITY_URL:-http://localhost:9000}
base=${base%/}
field=${TOKEN_FIELD:-access_token}
client_id=samverkan-cli
redirect_uri=http://127.0.0.1:8999/callback
command -v curl >/dev/null || fail "curl is required"

b64url() { base64 | tr '+/' '-_' | tr -d '=\n'; }
urlencode() {
  local s=$1 out='' c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in [a-zA-Z0-9.~_-]) out+=$c ;; *) out+=$(printf '%%%02X' "'$c") ;; esac
  done
  printf '%s' "$out"
}
sha256_b64url() {
  if command -v openssl >/dev/null; then
    printf '%s' "$1" | openssl dgst -sha256 -binary | b64url
  else
    printf '%s' "$1" | sha256sum | cut -d' ' -f1 | sed 's/../\\x&/g' | { read -r hex; printf '%b' "$hex"; } | b64url
  fi
}
json_field() { # json_field NAME < json  (jq if present, else a sed fallback good enough for flat JSON)
  if command -v jq >/dev/null; then jq -er --arg f "$1" '.[$f] // empty'; else sed -n "s/.*\"$1\" *: *\"\([^\"]*\)\".*/\1/p"; fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=$work/cookies
http() { curl -sS --max-time 10 -c "$jar" -b "$jar" "$@"; }
# Requests one URL without following redirects; prints the redirect target (empty if none).
redirect_of() { http -o /dev/null -w '%{redirect_url}' -H 'Accept: text/html' "$@"; }

verifier=$(head -c 48 /dev/urandom | b64url)
challenge=$(sha256_b64url "$verifier")
state=$(head -c 12 /dev/urandom | b64url)

authorize="$base/oauth2/authorize?response_type=code&client_id=$client_id&redirect_uri=$(urlencode "$redirect_uri")"
authorize+="&scope=$(urlencode 'openid profile')&state=$state&code_challenge=$challenge&code_challenge_method=S256"

login_url=$(redirect_of "$authorize") || fail "identity not reachable at $base (is it running? ./samverkan status)"
[[ $login_url == */login* ]] || fail "expected a redirect to the login form, got '${login_url:-no redirect}'"

login_page=$(http -H 'Accept: text/html' "$login_url")
csrf=$(printf '%s' "$login_page" | grep -o 'name="_csrf"[^>]*' | sed -n 's/.*value="\([^"]*\)".*/\1/p' | head -n1 || true)
form=(--data-urlencode "username=$user" --data-urlencode "password=$password")
[[ -n $csrf ]] && form+=(--data-urlencode "_csrf=$csrf")
next=$(redirect_of "${form[@]}" "${login_url%%\?*}")
[[ -n $next && $next != *"/login?error"* ]] || fail "login failed for user '$user' (wrong user or password?)"

for _ in 1 2 3 4 5; do
  [[ $next == "$redirect_uri"* ]] && break
  next=$(redirect_of "$next")
  [[ -n $next ]] || fail "authorization flow stopped without redirecting to $redirect_uri"
done
[[ $next == "$redirect_uri"* ]] || fail "authorization did not complete (last redirect: $next)"
[[ $next == *"state=$state"* ]] || fail "state mismatch in $next"
code=$(printf '%s' "$next" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
[[ -n $code ]] || fail "no authorization code in $next"

response=$(http -X POST "$base/oauth2/token" \
  --data-urlencode grant_type=authorization_code \
  --data-urlencode "client_id=$client_id" \
  --data-urlencode "redirect_uri=$redirect_uri" \
  --data-urlencode "code=$(printf '%b' "${code//%/\\x}")" \
  --data-urlencode "code_verifier=$verifier")
token=$(printf '%s' "$response" | json_field "$field" || true)
[[ -n $token ]] || fail "token request failed: $response"
printf '%s\n' "$token"
