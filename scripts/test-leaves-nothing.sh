#!/bin/sh
# Runs `swift test` (arguments passed on) with a private, empty temporary folder, then fails when the run left
# anything in it: every test removes the folders and files it makes (issue 29, item 6). SwiftPM's own lock files,
# TemporaryDirectory.* folders and swift-generated-sources are not the tests' and are ignored. A private folder keeps other runs on the
# machine (other checkouts, other engineers) from being counted.
set -u
SWIFT=${SWIFT:-swift}
base=${TMPDIR:-/tmp}
tmp=$(mktemp -d "$base/dt.XXXXXX") || exit 1  # short: paths inside must fit a socket address
chmod 755 "$tmp"  # the test that runs disclose as another user reads inside it
TMPDIR=$tmp "$SWIFT" test "$@"
status=$?
left=$(cd "$tmp" && ls -A | grep -v -e '\.lock$' -e '^TemporaryDirectory\.' -e '^swift-generated-sources$')
rm -rf "$tmp"
if [ -n "$left" ]; then
  echo "error: the tests left these in the temporary folder (each test must remove what it makes):" >&2
  echo "$left" | sed 's/^/  /' >&2
  exit 1
fi
exit $status
