#!/usr/bin/env bash
# make fuzz: coverage-guided fuzzing (libFuzzer) of the CSV reader, pipeline.yaml decoding and the
# privacy guard's matching.
# Each harness is compiled with the library's sources (the package's executable `main` would collide
# with libFuzzer's), then run for FUZZ_SECONDS (default 60). Corpora and crash
# reproducers are kept in fuzz/work/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-60}
WORK=fuzz/work
mkdir -p "$WORK"
KIT=Sources/DiscloseKit
# Each harness is compiled with the whole library (so no file list goes stale as sources move), against
# the release build's swift-mustache module and C shim, which `swift build` makes first.
swift build -c release --product disclose >/dev/null
REL=.build/release
mapfile -t LIBRARY < <(find "$KIT" -name "*.swift" | sort)
build() { # name harness
  local name=$1; shift
  echo "== building $name"
  swiftc -O -swift-version 6 -sanitize=fuzzer,address -parse-as-library -module-name DiscloseFuzz \
    -I Sources/CYAML -I Sources/CSQLite3 -I Sources/CCmark -I "$REL/CDiscloseSystem.build" -I "$REL/Modules" \
    -lyaml -lsqlite3 -lcmark "$REL"/Mustache.build/*.o "$REL/CDiscloseSystem.build/disclose_system.c.o" \
    "$@" "${LIBRARY[@]}" -o "$WORK/$name" 2>&1 | grep -v "warning: Cannot export local symbol" | grep -E "error" || true
  if [ -x "$WORK/$name" ]; then BUILT+=("$name"); else echo "fuzz: could not build $name" >&2; FAILED=1; fi
}
BUILT=(); FAILED=0
rm -f "$WORK/csv" "$WORK/config" "$WORK/guard"
build csv fuzz/CSVReaderFuzz.swift
build config fuzz/PipelineConfigFuzz.swift
build guard fuzz/PrivacyGuardFuzz.swift
for name in "${BUILT[@]}"; do
  mkdir -p "$WORK/corpus-$name"
  echo "== fuzzing $name for ${SECONDS_EACH}s"
  "$WORK/$name" -max_total_time="$SECONDS_EACH" -max_len=4096 -timeout=5 -artifact_prefix="$WORK/$name-" \
    "$WORK/corpus-$name" 2>&1 | grep -E "^(#[0-9]+ +(DONE|INITED)|Done|==|SUMMARY|artifact)" || true
done
ls "$WORK"/csv-* "$WORK"/config-* "$WORK"/guard-* 2>/dev/null && { echo "fuzz: findings above"; exit 1; } || echo "fuzz: no crash or hang found"
exit $((FAILED * 2))
