#!/usr/bin/env bash
# make fuzz: coverage-guided fuzzing (libFuzzer) of the CSV reader, pipeline.yaml decoding and the
# privacy guard's matching.
# Each harness is compiled with the library sources it needs (the package's executable `main`
# would collide with libFuzzer's), then run for FUZZ_SECONDS (default 60). Corpora and crash
# reproducers are kept in fuzz/work/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-60}
WORK=fuzz/work
mkdir -p "$WORK"
KIT=Sources/DiscloseKit
COMMON=("$KIT"/Diagnostics/*.swift "$KIT"/Ingest/CSVReader.swift "$KIT"/Ingest/CSVRecord.swift)
CONFIG=("$KIT"/Config/*.swift "$KIT"/Metrics/*.swift "$KIT"/Ingest/Company.swift "$KIT"/Ingest/Day.swift
        "$KIT"/Store/*.swift "$KIT"/Ingest/IngestedData.swift "$KIT"/Ingest/DatasetSchema.swift
        "$KIT"/Ingest/DatasetCatalog.swift "$KIT"/Ingest/ProgressReporter.swift "$KIT"/Render/JSONValue.swift
        "$KIT"/Ingest/KeyIndex.swift)
build() { # name harness sources...
  local name=$1; shift
  echo "== building $name"
  swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name DiscloseFuzz \
    -I Sources/CYAML -I Sources/CSQLite3 -I Sources/CDiscloseSystem/include -lyaml -lsqlite3 "$@" -o "$WORK/$name" \
    2>&1 | grep -v "warning: Cannot export local symbol" || true
  if [ -x "$WORK/$name" ]; then BUILT+=("$name"); else echo "fuzz: could not build $name" >&2; FAILED=1; fi
}
BUILT=(); FAILED=0
rm -f "$WORK/csv" "$WORK/config" "$WORK/guard"
build csv fuzz/CSVReaderFuzz.swift "${COMMON[@]}"
build config fuzz/PipelineConfigFuzz.swift "${COMMON[@]}" "${CONFIG[@]}"
GUARD=("$KIT"/Publish/NormalizedText.swift "$KIT"/Publish/SensitiveText.swift "$KIT"/Publish/NumberRun.swift
       "$KIT"/Publish/PersonIDSet.swift "$KIT"/Publish/Redactor.swift)
build guard fuzz/PrivacyGuardFuzz.swift "$KIT"/Diagnostics/*.swift "${GUARD[@]}"
for name in "${BUILT[@]}"; do
  mkdir -p "$WORK/corpus-$name"
  echo "== fuzzing $name for ${SECONDS_EACH}s"
  "$WORK/$name" -max_total_time="$SECONDS_EACH" -max_len=4096 -timeout=5 -artifact_prefix="$WORK/$name-" \
    "$WORK/corpus-$name" 2>&1 | grep -E "^(#[0-9]+ +(DONE|INITED)|Done|==|SUMMARY|artifact)" || true
done
ls "$WORK"/csv-* "$WORK"/config-* "$WORK"/guard-* 2>/dev/null && { echo "fuzz: findings above"; exit 1; } || echo "fuzz: no crash or hang found"
exit $((FAILED * 2))
