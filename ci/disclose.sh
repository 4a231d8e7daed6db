#!/bin/sh
# CI for this disclosure project, for any CI runner (written by `disclose init`).
#
#   ci/disclose.sh          drafts, on every push: check --strict, build, build --check;
#                           the pages in output/ are the artifact to keep or publish.
#   ci/disclose.sh final    the page to publish: check --strict, then build --final, which
#                           fails while any part of the page is not approved (disclose approve).
#
# DISCLOSE         the disclose executable (default: disclose on PATH).
# DISCLOSE_FORMAT  how diagnostics are printed: text, or github for annotations on the lines
#                  (default: github under GitHub Actions, else text).
# DISCLOSE_SARIF   a file to write check's diagnostics to as SARIF 2.1.0, for code scanning.
set -eu

cd "$(dirname "$0")/.."
disclose=${DISCLOSE:-disclose}
mode=${1:-drafts}

if ! command -v "$disclose" >/dev/null 2>&1; then
    echo "ci/disclose.sh: '$disclose' not found: install disclose, or set DISCLOSE to its path" >&2
    exit 127
fi
if [ -n "${GITHUB_ACTIONS:-}" ]; then format=github; else format=text; fi
format=${DISCLOSE_FORMAT:-$format}

run() {
    echo "==> disclose $*" >&2
    "$disclose" "$@"
}

check() {
    if [ -n "${DISCLOSE_SARIF:-}" ]; then
        run check --strict --format sarif >"$DISCLOSE_SARIF"
    else
        run check --strict --format "$format"
    fi
}

case "$mode" in
drafts)
    check
    run build --format "$format"
    run build --check
    echo "ci/disclose.sh: draft pages built; keep output/ as the artifact" >&2
    ;;
final)
    check
    run build --final --format "$format"
    echo "ci/disclose.sh: the final page is built; publish output/" >&2
    ;;
*)
    echo "usage: ci/disclose.sh [drafts | final]" >&2
    exit 64
    ;;
esac
