#!/usr/bin/env bash
# Leiden (modularity, one iteration) vs Louvain on SNAP ca-GrQc and ca-HepPh.
# Median of 5 runs (seeds 1..5) of the release binary: wall time of `graph communities` and
# the modularity it reports. Usage: swift build -c release --product graph && Benchmarks/leiden_vs_louvain.sh
set -euo pipefail
cd "$(dirname "$0")/.."
GRAPH=${GRAPH:-.build/release/graph}
DATA=${DATA:-../shared/data/snap-collaboration}
tmp=$(mktemp -d)
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf "%-10s %-8s %10s %12s %12s %12s\n" graph algorithm "median s" "median Q" "min Q" "max Q"
for file in CA-GrQc.txt.gz CA-HepPh.noheader.txt.gz; do
  db="$tmp/${file%%.*}.db"
  "$GRAPH" ingest --db "$db" "$DATA/$file" >/dev/null
  for algorithm in leiden louvain; do
    times=(); qs=()
    for seed in 1 2 3 4 5; do
      start=$(date +%s.%N)
      q=$("$GRAPH" communities --db "$db" --algorithm "$algorithm" --seed "$seed" --top 1 --json \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["modularity"])')
      end=$(date +%s.%N)
      times+=("$(echo "$end - $start" | bc)"); qs+=("$q")
    done
    printf "%-10s %-8s %10.3f %12.4f %12.4f %12.4f\n" "${file%%.*}" "$algorithm" \
      "$(printf '%s\n' "${times[@]}" | median)" "$(printf '%s\n' "${qs[@]}" | median)" \
      "$(printf '%s\n' "${qs[@]}" | sort -g | head -1)" "$(printf '%s\n' "${qs[@]}" | sort -g | tail -1)"
  done
done
rm -rf "$tmp"
