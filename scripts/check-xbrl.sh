#!/usr/bin/env bash
# usage: scripts/check-xbrl.sh [PROJECT...]
# Validates the inline XBRL pages (privacy.xhtml of every edition) with Arelle, offline, against the project's own
# taxonomy package (`disclose taxonomy export`), and compares the facts Arelle reads with the numbers data.json states
# (figures, goals with their prior year, chart bars, and the parts of their ratios) one to one (scripts/xbrl_facts.py).
# PROJECT is a folder holding pipeline.yaml and its built output/ (default: this repo).
# With no PROJECT it also runs scripts/xbrl_facts_test.py (that comparison, by mutation on the hand-made facts of
# Tests/xbrl/facts/; no Arelle needed), checks that Tests/xbrl/broken-context.xhtml, a fact pointing at a missing
# context, fails while the same file with the context it names passes; that Tests/xbrl/ratio-parts.xhtml (a ratio's
# parts tagged as concepts of their own) passes, and fails with a part outside its metric's hypercube; that a fresh
# `disclose init --languages en,ja` project and a `disclose generate` group validate too.
# Arelle (arelle-release, pinned) is installed on first use into a cached virtualenv; it carries the XBRL base schemas
# in its own cache, so nothing is fetched from the network when it runs. Exit 0 clean, 1 problems, 2 setup failed.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DISCLOSE=${DISCLOSE:-$ROOT/.build/debug/disclose}
VENV=${ARELLE_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/disclose-arelle}
ARELLE_VERSION=2.47.3
fail=0

if [ ! -x "$VENV/bin/arelleCmdLine" ]; then
  python3 -m venv "$VENV" && "$VENV/bin/pip" install -q "arelle-release==$ARELLE_VERSION" || exit 2
fi
ARELLE=("$VENV/bin/arelleCmdLine" --internetConnectivity=offline --validate --validationExitCode)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# arelle FILE PACKAGE [OIM]: validate; any message above info is a failure.
arelle() {
  local log="$TMP/arelle.log" extra=()
  [ $# -ge 3 ] && extra=(--plugins saveLoadableOIM --saveLoadableOIM "$3")
  "${ARELLE[@]}" --packages "$2" --file "$1" "${extra[@]}" >"$log" 2>&1
  local rc=$?
  if [ $rc -ne 0 ] || grep -qv '^\[info\]' "$log"; then
    grep -v '^\[info\]' "$log" | cut -c1-400
    return 1
  fi
}

# check_project DIR: export its package, validate every edition of every fiscal year in its output, compare facts.
check_project() {
  local dir=$1 out n=0
  out=$(cd "$dir" && "$DISCLOSE" taxonomy export "$TMP/pkg-$$" 2>&1) || { echo "$out"; return 1; }
  local package="$TMP/pkg-$$/disclose-privacy-taxonomy.zip" status=0
  local output; output=$(cd "$dir" && sed -n 's/^ *output: *//p;s/.*paths:.*output: *\([^,}]*\).*/\1/p' pipeline.yaml | head -1)
  output=${output:-output}
  while IFS= read -r data; do
    local year; year=$(dirname "$data")
    local oims=() pages=0
    while IFS= read -r page; do
      n=$((n + 1)); pages=$((pages + 1))
      if arelle "$page" "$package" "$TMP/oim-$n.json"; then oims+=("$TMP/oim-$n.json=${page#"$dir"/}"); else echo "FAIL: $page"; status=1; fi
    done < <(find "$year" -name privacy.xhtml | sort)
    [ $pages -gt 0 ] || { echo "FAIL: no privacy.xhtml under $year"; status=1; continue; }
    [ ${#oims[@]} -eq $pages ] || continue
    python3 "$ROOT/scripts/xbrl_facts.py" "$data" "${oims[@]}" || status=1
  done < <(find "$dir/$output" -name data.json | sort)
  rm -rf "$TMP/pkg-$$"
  return $status
}

step() { echo "== $1"; shift; "$@" || { echo "FAIL: $*"; fail=1; }; }

if [ $# -gt 0 ]; then
  for project in "$@"; do step "inline XBRL of $project" check_project "$project"; done
else
  step "the facts check, by mutation (Tests/xbrl/facts)" python3 "$ROOT/scripts/xbrl_facts_test.py"
  step "inline XBRL of the sample" check_project "$ROOT"
  broken() {
    (cd "$ROOT" && "$DISCLOSE" taxonomy export "$TMP/pkg" >/dev/null 2>&1) || return 1
    sed 's/contextRef="c2"/contextRef="c1"/' "$ROOT/Tests/xbrl/broken-context.xhtml" >"$TMP/fixed-context.xhtml"
    arelle "$TMP/fixed-context.xhtml" "$TMP/pkg/disclose-privacy-taxonomy.zip" >/dev/null || { echo "the fixture with its context fails"; return 1; }
    if arelle "$ROOT/Tests/xbrl/broken-context.xhtml" "$TMP/pkg/disclose-privacy-taxonomy.zip" >/dev/null; then
      echo "Arelle passed Tests/xbrl/broken-context.xhtml, a fact pointing at a missing context"; return 1
    fi
    echo "Arelle rejects Tests/xbrl/broken-context.xhtml: OK"
  }
  step "broken fixture" broken
  # The parts of a ratio (numerator, denominator, share) are concepts of their own in their metric's hypercube.
  parts() {
    (cd "$ROOT" && "$DISCLOSE" taxonomy export "$TMP/pkg-parts" >/dev/null 2>&1) || return 1
    local package="$TMP/pkg-parts/disclose-privacy-taxonomy.zip"
    arelle "$ROOT/Tests/xbrl/ratio-parts.xhtml" "$package" || { echo "Arelle rejects Tests/xbrl/ratio-parts.xhtml"; return 1; }
    sed 's/name="disc:TrainingCompletionNumerator" contextRef="c7"/name="disc:TrainingCompletionNumerator" contextRef="c3"/' \
      "$ROOT/Tests/xbrl/ratio-parts.xhtml" >"$TMP/part-outside-cube.xhtml"
    if arelle "$TMP/part-outside-cube.xhtml" "$package" >/dev/null; then
      echo "Arelle passed a ratio's part in a context without its metric's filter dimensions"; return 1
    fi
    echo "Arelle accepts Tests/xbrl/ratio-parts.xhtml and rejects a part outside its metric's hypercube: OK"
  }
  step "ratio parts fixture" parts
  # The starter with one sql: figure too, so the project's extension schema (proj:) is validated as well.
  starter() {
    "$DISCLOSE" init "$TMP/starter" --languages en,ja >/dev/null 2>&1 || return 1
    python3 - "$TMP/starter/pipeline.yaml" <<'PY' || return 1
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
figure = ("figures:\n  reviews_done:\n    label: {en: Reviews performed, ja: 実施したレビュー}\n"
          "    sql: SELECT COUNT(*) AS value FROM reviews\n    unit: reviews\n")
open(path, "w", encoding="utf-8").write(text.replace("figures:\n", figure, 1))
PY
    (cd "$TMP/starter" && "$DISCLOSE" build >/dev/null 2>&1) && grep -q 'name="proj:FigureReviewsDone"' "$TMP/starter/output/FY2025/privacy.xhtml" \
      && check_project "$TMP/starter"
  }
  step "a disclose init project (with a sql: figure)" starter
  group() {
    "$DISCLOSE" generate "$TMP/group" --companies 12 --people 600 --years 2 --seed 7 >/dev/null 2>&1 \
      && (cd "$TMP/group" && "$DISCLOSE" build >/dev/null 2>&1) && check_project "$TMP/group"
  }
  step "a generated group" group
fi
[ $fail = 0 ] && echo "check-xbrl: OK" || echo "check-xbrl: FAILED"
exit $fail
