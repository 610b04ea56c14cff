#!/usr/bin/env bash
# Captures what a running demo portal answers for the demo year, so that two versions can be
# compared figure by figure: every month's results (with its fingerprint), every org's
# statement (JSON, CSV, Excel cells, PDF text), the SIE file and the invoice bases of every
# locked month, the dashboard, the comparison export, and the catalogue (JSON, Excel, PDF).
#
#   docs/tools/snapshot.sh http://localhost:8080 /tmp/snap-before
#   ... start the other version on a fresh demo database ...
#   docs/tools/snapshot.sh http://localhost:8080 /tmp/snap-after
#   diff -r /tmp/snap-before /tmp/snap-after && echo identical
#
# Needs curl, jq, unzip and pdftotext (Debian: poppler-utils). Run against a fresh demo
# portal (`mvn -Prun` on an empty data folder). Excel files are compared by their cell XML,
# PDFs by their text (both carry creation times); the rest byte for byte.
set -euo pipefail
BASE=${1:?portal URL, e.g. http://localhost:8080}
OUT=${2:?output folder}
YEAR=${TK_SNAPSHOT_YEAR:-2026}
AUTH=(-u "${TK_SNAPSHOT_USER:-it}:${TK_SNAPSHOT_PASSWORD:-demo}")
mkdir -p "$OUT"

get() { # url file
  curl -sS --fail-with-body "${AUTH[@]}" -o "$2" "$BASE/api/$1"
}
xlsx() { # url name
  local tmp; tmp=$(mktemp -d)
  get "$1" "$tmp/f.xlsx"
  unzip -qq -o "$tmp/f.xlsx" -d "$tmp/x"
  mkdir -p "$OUT/$2"
  cp "$tmp"/x/xl/worksheets/*.xml "$OUT/$2/"
  [ -f "$tmp/x/xl/sharedStrings.xml" ] && cp "$tmp/x/xl/sharedStrings.xml" "$OUT/$2/"
  rm -rf "$tmp"
}
pdf() { # url file
  local tmp; tmp=$(mktemp)
  get "$1" "$tmp"
  pdftotext -layout "$tmp" "$OUT/$2"
  rm -f "$tmp"
}

get "v1/organisations" "$OUT/organisations.json"
ORGS=$(jq -r '.[].code' "$OUT/organisations.json")
get "v1/services" "$OUT/services.json"
xlsx "v1/catalogue/export.xlsx" catalogue-xlsx
pdf "v1/catalogue/export.pdf" catalogue.pdf.txt
get "v1/dashboard?year=$YEAR" "$OUT/dashboard.json"
xlsx "v1/dashboard/export.xlsx?year=$YEAR" dashboard-xlsx
xlsx "v1/comparison/export.xlsx?from=$YEAR-01&to=$YEAR-12" comparison-xlsx

for m in $(seq -w 1 12); do
  month="$YEAR-$m"
  dir="$OUT/$month"
  mkdir -p "$dir"
  get "v1/periods/$month/results" "$dir/results.json"
  for org in $ORGS; do
    if get "v1/periods/$month/statements/$org" "$dir/$org.json" 2>/dev/null; then
      get "v1/periods/$month/statements/$org.csv" "$dir/$org.csv"
      xlsx "v1/periods/$month/statements/$org.xlsx" "$month/$org-xlsx"
      pdf "v1/periods/$month/statements/$org.pdf" "$month/$org.pdf.txt"
    else
      rm -f "$dir/$org.json"
    fi
    get "v1/periods/$month/invoice-basis.csv?org=$org" "$dir/$org-invoice-basis.csv" \
      2>/dev/null || rm -f "$dir/$org-invoice-basis.csv"
  done
  get "v1/periods/$month/sie" "$dir/sie.se" 2>/dev/null || rm -f "$dir/sie.se"
done
echo "snapshot of $BASE in $OUT: $(find "$OUT" -type f | wc -l) files"
