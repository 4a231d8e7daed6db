#!/usr/bin/env bash
# make bench: ingest and build three shapes of group, each measured beside sqlite3's own CSV importer on
# the same files, in the same run: "many" (1,210 companies, most of them tiny: ~29,000 small files),
# "large" (300 companies, 150,000 people, 3 years: few large files) and "xl" (large at 10x).
# Each step runs BENCH_RUNS times (default 3); the table shows the fastest run and the largest peak RSS.
# Generated projects are cached in bench/ (gitignored). BENCH_SCALES="many large" skips the 10x run.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release/disclose
SCALES=${BENCH_SCALES:-"many large xl"}
mkdir -p bench
command -v sqlite3 >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null; }
[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }

params() { case $1 in many) echo "--companies 1210 --people 42000 --small-companies 75 --years 3 --seed 1";; large) echo "--companies 300 --people 150000 --years 3 --seed 1";; xl) echo "--companies 3000 --people 1500000 --years 3 --seed 1";; esac; }

RUNS=${BENCH_RUNS:-3}
# measure CMD... → "seconds max_rss_kb": the fastest of $RUNS runs (this machine's timings are noisy) and
# the largest peak RSS. A command named prepare_* in BEFORE runs before each measured run, untimed.
measure() {
  local best="" rss=0 t m
  for _ in $(seq "$RUNS"); do
    [ -n "${BEFORE:-}" ] && $BEFORE
    /usr/bin/time -f "%e %M" -o bench/.time "$@" >/dev/null 2>bench/.stderr || { cat bench/.stderr >&2; return 1; }
    read -r t m < bench/.time
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
    [ "$m" -gt "$rss" ] && rss=$m
  done
  echo "$best $rss"
}
prepare_import() { rm -f bench/.import.db; }

# sqlite3 .import of every CSV file into one table per dataset, as a single script.
import_script() {
  local root=$1 script=$2
  {
    echo "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN;"
    echo ".import --csv $root/data/companies.csv companies"
    for dataset in ledger reviews incidents government_requests training training_sessions privacy_mark appointments; do
      first=$(find "$root/data" -name "$dataset.csv" | sort | sed -n 1p)
      echo ".import --csv $first $dataset"
      find "$root/data" -name "$dataset.csv" | sort | tail -n +2 | sed "s|^|.import --csv --skip 1 |; s|\$| $dataset|"
    done
    echo "COMMIT;"
  } > "$script"
}

printf '\n%-6s %-22s %10s %12s %8s\n' scale step "wall (s)" "peak RSS MB" ratio
for scale in $SCALES; do
  dir=bench/$scale
  if [ ! -f "$dir/pipeline.yaml" ]; then
    rm -rf "$dir"; echo "generating $scale: $(params "$scale")" >&2
    $BIN generate "$dir" $(params "$scale") >/dev/null 2>&1
  fi
  rows=$(find "$dir/data" -name '*.csv' -exec cat {} + | wc -l)
  files=$(find "$dir/data" -name '*.csv' | wc -l)
  import_script "$dir" bench/.import.sql
  read -r ta ma < <(BEFORE=prepare_import measure sqlite3 bench/.import.db ".read bench/.import.sql")
  rm -f bench/.import.db
  read -r tb mb < <(measure $BIN check --config "$dir/pipeline.yaml")
  rm -rf "$dir/output"
  read -r tc mc < <(measure $BIN build --config "$dir/pipeline.yaml")
  cp -r "$dir/output" bench/.first-output
  $BIN build --config "$dir/pipeline.yaml" >/dev/null 2>&1
  if diff -r bench/.first-output "$dir/output" >/dev/null; then same=identical; else same=DIFFERENT; fi
  rm -rf bench/.first-output
  printf '%-6s %-22s %10s %12s %8s\n' "$scale" "sqlite3 .import (a)" "$ta" "$((ma / 1024))" "1.00"
  printf '%-6s %-22s %10s %12s %8s\n' "$scale" "disclose check (b)" "$tb" "$((mb / 1024))" "$(echo "scale=2; $tb / $ta" | bc)"
  printf '%-6s %-22s %10s %12s %8s\n' "$scale" "disclose build (c)" "$tc" "$((mc / 1024))" "$(echo "scale=2; $tc / $ta" | bc)"
  echo "       $files CSV files, $rows lines; output of two builds: $same"
done
echo "cores: $(nproc)"
