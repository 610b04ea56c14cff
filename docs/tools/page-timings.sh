#!/bin/bash
# Page response times with the demo data: log in once as personal.gsf, then time each
# page 5 times after one warm-up. Run it against a portal started with mvn -Prun.
J=$(mktemp)
B=http://localhost:8080
VS=$(curl -s -c $J $B/login.xhtml | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b $J -c $J -o /dev/null --data-urlencode "login=login" --data-urlencode "login:username=personal.gsf" --data-urlencode "login:password=demo" --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$VS" $B/login.xhtml
for p in "index.xhtml" "catalogue/catalogue.xhtml" "catalogue/service.xhtml?code=ARB-DATOR&asOf=2026-11" "catalogue/subscriptions.xhtml" "api/v1/services?asOf=2026-11" "api/v1/catalogue/export.pdf?asOf=2026-11" "api/v1/catalogue/export.xlsx?asOf=2026-11"; do
  curl -s -b $J -o /dev/null "$B/$p"  # warm-up
  t=""; for i in 1 2 3 4 5; do t="$t $(curl -s -b $J -o /dev/null -w '%{time_total}' "$B/$p")"; done
  echo "$p:$t"
done
