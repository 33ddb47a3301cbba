#!/usr/bin/env bash
# Checks the portal's sign-in and sign-out through Keycloak on a running local stack (./samverkan up), as a
# browser would, with curl: the portal sends the user to Keycloak's login form (authorization code + PKCE), the
# demo user signs in, the portal shows the start page; logging out ends the Keycloak session too, so the next
# sign-in shows the login form again.
#
# Usage: infra/local/check-login.sh [USER [PASSWORD]]   (default staff / demo)
# Env:   PORTAL_URL (default http://localhost:8080)
set -euo pipefail
user=${1:-staff}
password=${2:-demo}
portal=${PORTAL_URL:-http://localhost:8080}
fail() { echo "check-login: FAILED: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
http() { curl -sS --max-time 15 -b "$work/jar" -c "$work/jar" "$@"; }
redirect() { http -o /dev/null -w '%{redirect_url}' "$@"; }

to_keycloak() { # follows the portal's redirects to Keycloak's authorization endpoint
  local next
  next=$(redirect "$portal/start")
  next=$(redirect "$next")
  [[ $next == */protocol/openid-connect/auth\?* ]] || fail "expected Keycloak's authorization endpoint, got '$next'"
  [[ $next == *code_challenge=* && $next == *code_challenge_method=S256* ]] || fail "no PKCE challenge in $next"
  printf '%s' "$next"
}

authorize=$(to_keycloak)
http -o "$work/login.html" "$authorize"
action=$(grep -o 'action="[^"]*"' "$work/login.html" | head -n1 | sed 's/^action="//; s/"$//; s/&amp;/\&/g')
[[ -n $action ]] || fail "no login form at $authorize"
callback=$(redirect --data-urlencode "username=$user" --data-urlencode "password=$password" "$action")
[[ $callback == "$portal/login/oauth2/code/"* ]] || fail "sign-in did not return to the portal (wrong password?): '$callback'"
landing=$(redirect "$callback")
status=$(http -o "$work/start.html" -w '%{http_code}' "$landing")
[[ $status == 200 ]] && grep -q "$user" "$work/start.html" || fail "the portal did not show $user's start page ($status at $landing)"
echo "signed in as $user through Keycloak"

csrf=$(grep -o 'name="_csrf"[^>]*' "$work/start.html" | head -n1 | sed -n 's/.*value="\([^"]*\)".*/\1/p')
[[ -n $csrf ]] || fail "no logout form (CSRF token) on the start page"
end_session=$(redirect --data-urlencode "_csrf=$csrf" "$portal/logout")
[[ $end_session == */protocol/openid-connect/logout\?*id_token_hint=* ]] || fail "logout did not go to Keycloak's end-session endpoint: '$end_session'"
back=$(redirect "$end_session")
[[ $back == "$portal/"* ]] || fail "Keycloak did not send the user back to the portal after logout: '$back'"

authorize=$(to_keycloak)
http -o "$work/again.html" "$authorize"
grep -q 'name="password"' "$work/again.html" || fail "after logout Keycloak still had a session (no login form)"
echo "signed out: the Keycloak session ended, the next sign-in asks for the password again"
