#!/bin/bash
# Load benchmark of a running portal (mvn -Prun, demo data) with wrk, on loopback only.
#
#   docs/tools/load.sh                          # 1, 20 and 50 clients, 15 s per target
#   docs/tools/load.sh -c 50 -d 10s             # one client count, shorter
#   docs/tools/load.sh --soak -c 50 -m 10       # 50 clients for 10 minutes + health probe
#   docs/tools/load.sh -b http://localhost:8185 -t catalogue,api-basic
#
# Table mode: for each client count and target, wrk runs for the duration and the script
# prints requests/s, p50 and p99 latency, non-2xx responses (3xx included: a lost session
# redirects to the login page) and socket errors (connect, read, write, timeout).
# Soak mode: the clients cycle through the page and API targets for the given minutes while
# curl asks /health/ready once a second; at the end it prints the slowest probe and the
# probes that were not 200 or took 1 s or more, and the same figures per target.
# Targets: catalogue, service, statement, comparison, dashboard (pages in a logged-in
# session), api-session and api-basic (GET /api/v1/services with the session cookie and
# with HTTP Basic), statement-api (a statement as JSON), static (a CSS file: the floor),
# template (the glossary: the page template around plain text, the floor of every page),
# health (/health/ready: the reference the page targets are compared with).
# Needs wrk (Debian: apt-get install wrk) and curl. Documented in docs/OPERATIONS.md.
set -euo pipefail

BASE=http://localhost:8080
USER_NAME=it
PASSWORD=demo
CLIENTS=1,20,50
DURATION=15s
MINUTES=10
SOAK=false
TARGETS=all
SESSIONS=""
MONTH=2026-11
ORG=GSF
YEAR=2026

usage() {
  sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'
  cat <<EOF
Options:
  -b, --base URL        portal base URL on loopback (default $BASE)
  -u, --user NAME       user for the session and for Basic (default $USER_NAME)
  -p, --password PW     password (default $PASSWORD)
  -c, --clients LIST    comma-separated client counts (default $CLIENTS)
  -d, --duration D      wrk duration per target and client count (default $DURATION)
  -t, --targets LIST    comma-separated targets or "all" (default all)
  -s, --sessions N      logged-in sessions the clients share in turn (default: the largest
                        client count, at most 50)
      --soak            soak mode: the first client count for --minutes, with a health probe
  -m, --minutes M       soak length in minutes (default $MINUTES)
      --month YYYY-MM   statement month (default $MONTH); --org CODE (default $ORG);
      --year YYYY       comparison/dashboard year (default $YEAR)
EOF
}

while [ $# -gt 0 ]; do
  case "$1" in
    -b|--base) BASE="${2%/}"; shift 2 ;;
    -u|--user) USER_NAME="$2"; shift 2 ;;
    -p|--password) PASSWORD="$2"; shift 2 ;;
    -c|--clients) CLIENTS="$2"; shift 2 ;;
    -d|--duration) DURATION="$2"; shift 2 ;;
    -t|--targets) TARGETS="$2"; shift 2 ;;
    -s|--sessions) SESSIONS="$2"; shift 2 ;;
    -m|--minutes) MINUTES="$2"; shift 2 ;;
    --soak) SOAK=true; shift ;;
    --month) MONTH="$2"; shift 2 ;;
    --org) ORG="$2"; shift 2 ;;
    --year) YEAR="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is not installed" >&2; exit 2; }
HOST=$(printf '%s' "$BASE" | sed -E 's#^https?://(\[[^]]*\]|[^/:]*).*#\1#')
case "$HOST" in
  localhost|127.*|"[::1]") ;;
  *) echo "refusing $BASE: this benchmark drives loopback only" >&2; exit 2 ;;
esac
[[ "$MINUTES" =~ ^[0-9]+$ ]] || { echo "--minutes must be a whole number" >&2; exit 2; }
[[ "$CLIENTS" =~ ^[0-9]+(,[0-9]+)*$ ]] || { echo "--clients must be numbers, e.g. 1,20,50" >&2; exit 2; }
if [ -z "$SESSIONS" ]; then
  SESSIONS=$(tr ',' '\n' <<< "$CLIENTS" | sort -n | tail -1)
  [ "$SESSIONS" -le 50 ] || SESSIONS=50
fi
[[ "$SESSIONS" =~ ^[1-9][0-9]*$ ]] || { echo "--sessions must be 1 or more" >&2; exit 2; }

WORK=$(mktemp -d)
PROBE_PID=""
cleanup() {
  if [ -n "$PROBE_PID" ]; then kill "$PROBE_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# One wrk script for every target: sends the session cookies given after "--" (comma-
# separated, one per request in turn, so the clients spread over several sessions as real
# users do) or the Authorization header, counts non-2xx per thread and prints one
# machine-readable line at the end.
cat > "$WORK/load.lua" <<'LUA'
local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end
function init(args)
  non2xx = 0
  cookies = {}
  for c in string.gmatch(args[1] or "", "[^,]+") do cookies[#cookies + 1] = c end
  if args[2] and args[2] ~= "" then wrk.headers["Authorization"] = args[2] end
  turn = (id or 1) * 7
end
function request()
  if #cookies == 0 then return wrk.format() end
  turn = turn % #cookies + 1
  return wrk.format(nil, nil, { Cookie = cookies[turn] })
end
function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end
function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + (t:get("non2xx") or 0) end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f p50=%.1f p99=%.1f max=%.1f non2xx=%d socket=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, bad,
    e.connect + e.read + e.write + e.timeout))
end
LUA

# Log in through the form, as a browser does, once per session, into the cookie jar given;
# prints the session's cookies as one Cookie header value. SESSION_JAR is the first session
# (for curl), SESSION_COOKIES all of them (for wrk). Behind the cluster's HAProxy
# (mvn -Pcluster) that is JSESSIONID, JSESSIONIDVERSION (without it a Payara node that did not
# make the session sends the request to the login page instead of reading the session from
# the data grid) and TKNODE (the node: a session stays on its node as a browser's does).
login_one() {
  local jar=$1 vs status cookie
  vs=$(curl -s -c "$jar" "$BASE/login.xhtml" \
    | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
  status=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' \
    --data-urlencode "login=login" --data-urlencode "login:username=$USER_NAME" \
    --data-urlencode "login:password=$PASSWORD" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$vs" "$BASE/login.xhtml")
  cookie=$(awk '$6 ~ /^(JSESSIONID|JSESSIONIDVERSION|TKNODE)$/ { c[$6] = $7 }
    END { for (n in c) { printf "%s%s=%s", sep, n, c[n]; sep = "; " } }' "$jar")
  if [ "$status" != 302 ] || ! [[ "$cookie" =~ (^|" ")JSESSIONID= ]]; then
    echo "login as $USER_NAME at $BASE failed (HTTP $status)" >&2
    exit 1
  fi
  echo "$cookie"
}

login() {
  local i cookie
  SESSION_COOKIES=""
  SESSION_JAR="$WORK/jar-0"
  for (( i = 0; i < SESSIONS; i++ )); do
    cookie=$(login_one "$WORK/jar-$i")
    SESSION_COOKIES="${SESSION_COOKIES:+$SESSION_COOKIES,}$cookie"
  done
}

# name | auth (session, basic, none) | path
target_list() {
  cat <<EOF
catalogue|session|/catalogue/catalogue.xhtml
service|session|/catalogue/service.xhtml?code=ARB-DATOR&asOf=$MONTH
statement|session|/statements/statement.xhtml?month=$MONTH&org=$ORG
comparison|session|/costing/comparison.xhtml?from=$YEAR-01&to=$YEAR-12
dashboard|session|/statements/dashboard.xhtml?year=$YEAR
api-session|session|/api/v1/services?asOf=$MONTH
api-basic|basic|/api/v1/services?asOf=$MONTH
statement-api|session|/api/v1/periods/$MONTH/statements/$ORG
static|none|/jakarta.faces.resource/tk/css/portal.css.xhtml
template|session|/help/glossary.xhtml
health|none|/health/ready
EOF
}

selected() {
  [ "$TARGETS" = all ] || [[ ",$TARGETS," == *",$1,"* ]]
}

# Warm up and check each selected target once (200 expected) before measuring.
check_targets() {
  local name auth path status
  while IFS='|' read -r name auth path; do
    selected "$name" || continue
    status=$(curl -s -o /dev/null -w '%{http_code}' $(curl_auth "$auth") "$BASE$path")
    if [ "$status" != 200 ]; then
      echo "target $name ($path) answers $status, expected 200" >&2
      exit 1
    fi
  done < <(target_list)
}

curl_auth() {
  case "$1" in
    session) echo "-b $SESSION_JAR" ;;
    basic) echo "-u $USER_NAME:$PASSWORD" ;;
  esac
}

wrk_auth() {
  case "$1" in
    session) printf '%s\n%s\n' "$SESSION_COOKIES" "" ;;
    basic) printf '%s\n%s\n' "" "Basic $(printf '%s:%s' "$USER_NAME" "$PASSWORD" | base64 -w0)" ;;
    *) printf '%s\n%s\n' "" "" ;;
  esac
}

# run_wrk CLIENTS DURATION AUTH PATH → the RESULT line (wrk's own report in $WORK/wrk-*.out)
run_wrk() {
  local clients=$1 duration=$2 auth=$3 path=$4 threads cookie authorization out
  threads=$(( clients < 2 ? clients : 2 ))
  out=$(mktemp "$WORK/wrk-XXXXXX.out")
  { read -r cookie; read -r authorization; } < <(wrk_auth "$auth")
  wrk -t "$threads" -c "$clients" -d "$duration" --timeout 10s --latency \
    -s "$WORK/load.lua" "$BASE$path" -- "$cookie" "$authorization" > "$out" 2>&1 \
    || { cat "$out" >&2; return 1; }
  grep '^RESULT' "$out"
}

# RESULT line → "req/s p50 p99 max non2xx socket"
figures() {
  sed -E 's/.*requests=([0-9]+) seconds=([0-9.]+) p50=([0-9.]+) p99=([0-9.]+) max=([0-9.]+) non2xx=([0-9]+) socket=([0-9]+)/\1 \2 \3 \4 \5 \6 \7/' \
    | awk '{ printf "%9.1f %9.1f %9.1f %9.1f %8d %7d\n", $1 / $2, $3, $4, $5, $6, $7 }'
}

login
check_targets
echo "Portal $BASE, user $USER_NAME in $SESSIONS sessions, wrk $(wrk --version 2>&1 | head -1 | awk '{print $2}'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$SOAK" = false ]; then
  printf '%-8s %-14s %9s %9s %9s %9s %8s %7s\n' clients target 'req/s' 'p50 ms' 'p99 ms' 'max ms' non-2xx socket
  for clients in ${CLIENTS//,/ }; do
    while IFS='|' read -r name auth path; do
      selected "$name" || continue
      line=$(run_wrk "$clients" "$DURATION" "$auth" "$path")
      printf '%-8s %-14s %s\n' "$clients" "$name" "$(figures <<< "$line")"
    done < <(target_list)
  done
  exit 0
fi

# Soak: the first client count, split over the page/API targets (the static file left out),
# while a probe asks /health/ready once a second.
clients=${CLIENTS%%,*}
mapfile -t soak < <(target_list | while IFS='|' read -r name auth path; do
  if selected "$name" && [ "$name" != static ] && [ "$name" != health ]; then echo "$name|$auth|$path"; fi
done)
[ "${#soak[@]}" -gt 0 ] || { echo "no targets for the soak" >&2; exit 2; }
seconds=$(( MINUTES * 60 ))
: > "$WORK/probe"
(
  end=$(( $(date +%s) + seconds ))
  while [ "$(date +%s)" -lt "$end" ]; do
    curl -s -o /dev/null -m 10 -w '%{http_code} %{time_total}\n' "$BASE/health/ready" \
      >> "$WORK/probe" || echo "000 10" >> "$WORK/probe"
    sleep 1
  done
) &
PROBE_PID=$!
echo "Soak: $clients clients for $MINUTES min over ${#soak[@]} targets, /health/ready probed every second"
per=$(( clients / ${#soak[@]} ))
rest=$(( clients % ${#soak[@]} ))
i=0
loaders=()
for entry in "${soak[@]}"; do
  IFS='|' read -r name auth path <<< "$entry"
  n=$(( per + (i < rest ? 1 : 0) ))
  i=$(( i + 1 ))
  [ "$n" -gt 0 ] || continue
  run_wrk "$n" "${seconds}s" "$auth" "$path" > "$WORK/soak-$name" &
  loaders+=("$!")
done
for pid in "${loaders[@]}"; do
  wait "$pid" || echo "a wrk run failed" >&2
done
wait "$PROBE_PID" 2>/dev/null || true
PROBE_PID=""
printf '%-14s %9s %9s %9s %9s %8s %7s\n' target 'req/s' 'p50 ms' 'p99 ms' 'max ms' non-2xx socket
for f in "$WORK"/soak-*; do
  printf '%-14s %s\n' "${f##*/soak-}" "$(figures < "$f")"
done
awk '{ n++; if ($1 != "200") bad++; if ($2 >= 1) slow++; if ($2 > max) max = $2 }
  END { printf "health probes: %d, not 200: %d, 1 s or slower: %d, slowest: %.3f s\n",
        n, bad + 0, slow + 0, max }' "$WORK/probe"
