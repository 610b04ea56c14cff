#!/bin/bash
# One Payara node against two behind the cluster's HAProxy (mvn -Pcluster running, demo data),
# measured with docs/tools/load.sh (wrk, loopback only).
#
#   docs/tools/cluster-load.sh                      # 50 and 100 clients, 12 s per cell
#   docs/tools/cluster-load.sh -c 50 -d 10s -t api-basic
#
# For each client count and target, load.sh runs once with both Payara nodes in HAProxy's
# portal backend and then once with payara2 disabled (maintenance) through HAProxy's admin
# socket (target/cluster/haproxy.sock); payara2 is enabled again after each cell and at the
# end, also on Ctrl-C. Prints requests/s, p99 and non-2xx side by side, and the share of the
# 2xx answers each node gave during the two-node run (HAProxy's own counters), which shows
# how the clients spread. Targets (load.sh's names):
#   statement  a statement page in --sessions logged-in sessions; each session keeps the node
#              it logged in on (its TKNODE cookie, as a browser's), the logins go round robin
#   api-basic  /api/v1/services with HTTP Basic and no cookie: every request is balanced
#              on its own (round robin)
# Needs wrk, curl and socat. Documented in docs/OPERATIONS.md (The cluster).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
BASE=http://127.0.0.1:18080
SOCKET=$(cd "$HERE/../.." && pwd)/target/cluster/haproxy.sock
CLIENTS=50,100
DURATION=12s
TARGETS=statement,api-basic
SESSIONS=20

while [ $# -gt 0 ]; do
  case "$1" in
    -c|--clients) CLIENTS="$2"; shift 2 ;;
    -d|--duration) DURATION="$2"; shift 2 ;;
    -t|--targets) TARGETS="$2"; shift 2 ;;
    -s|--sessions) SESSIONS="$2"; shift 2 ;;
    --socket) SOCKET="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v socat >/dev/null || { echo "socat is not installed (apt-get install socat)" >&2; exit 2; }
[ -S "$SOCKET" ] || { echo "no HAProxy admin socket at $SOCKET: is mvn -Pcluster running?" >&2; exit 2; }

admin() {
  echo "$1" | socat -t 5 stdio "UNIX-CONNECT:$SOCKET"
}

# stat SERVER FIELD → that field of portal/SERVER in HAProxy's "show stat" CSV
stat() {
  admin "show stat" | awk -F, -v sv="$1" -v want="$2" '
    NR == 1 { sub(/^# /, ""); for (i = 1; i <= NF; i++) if ($i == want) col = i; next }
    $1 == "portal" && $2 == sv { print $col }'
}

# Back in the backend and UP (two successful health checks after maintenance).
enable_second() {
  admin "enable server portal/payara2" > /dev/null
  for _ in $(seq 1 30); do
    [ "$(stat payara2 status)" = UP ] && return 0
    sleep 1
  done
  echo "payara2 is not UP again: $(stat payara2 status)" >&2
  return 1
}
trap 'admin "enable server portal/payara2" > /dev/null 2>&1 || true' EXIT

# cell CLIENTS TARGET → "req/s p99 non2xx" of load.sh's table line
cell() {
  "$HERE/load.sh" -b "$BASE" -c "$1" -d "$DURATION" -t "$2" -s "$SESSIONS" \
    | awk -v c="$1" -v t="$2" '$1 == c && $2 == t { print $3, $5, $7 }'
}

enable_second
for server in payara1 payara2; do
  [ "$(stat $server status)" = UP ] || { echo "portal/$server is not UP" >&2; exit 1; }
done
echo "HTTP front $BASE, $SESSIONS sessions for page targets, $DURATION per cell, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-7s %-10s | %-32s | %-22s\n' '' '' 'two nodes (payara1 + payara2)' 'one node (payara1)'
printf '%-7s %-10s | %8s %8s %7s %7s | %8s %8s %7s\n' clients target 'req/s' 'p99 ms' non-2xx 'p1/p2 %' 'req/s' 'p99 ms' non-2xx
for clients in ${CLIENTS//,/ }; do
  for target in ${TARGETS//,/ }; do
    a1=$(stat payara1 hrsp_2xx); a2=$(stat payara2 hrsp_2xx)
    read -r two_rps two_p99 two_bad < <(cell "$clients" "$target")
    b1=$(stat payara1 hrsp_2xx); b2=$(stat payara2 hrsp_2xx)
    share=$(awk -v x=$((b1 - a1)) -v y=$((b2 - a2)) 'BEGIN { t = x + y; if (t == 0) t = 1;
      printf "%d/%d", 100 * x / t + 0.5, 100 * y / t + 0.5 }')
    admin "disable server portal/payara2" > /dev/null
    read -r one_rps one_p99 one_bad < <(cell "$clients" "$target")
    enable_second
    printf '%-7s %-10s | %8s %8s %7s %7s | %8s %8s %7s\n' "$clients" "$target" \
      "$two_rps" "$two_p99" "$two_bad" "$share" "$one_rps" "$one_p99" "$one_bad"
  done
done
