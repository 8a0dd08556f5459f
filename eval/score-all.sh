#!/usr/bin/env bash
# One line per eval set (seeds, development set, every eval/probe*): figures, measure and quotes
# as ../shared/eval/score.py reports them. eval/held-back/ is left out on purpose (see its README).
#
#   eval/score-all.sh [BIN] [EXTRA_SET_DIR...]     (BIN defaults to target/debug/factdesk)
#
# Compare two builds with `diff <(eval/score-all.sh A) <(eval/score-all.sh B)`.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(readlink -f "${1:-${CARGO_TARGET_DIR:-target}/debug/factdesk}"); shift || true
sets=("seeds:../shared/seeds:../shared/eval/seeds.gold.json" "dev:../shared/eval/dev:../shared/eval/dev.gold.json")
for d in $(ls -d eval/probe* | sort -V) "$@"; do sets+=("$(basename "$d"):$d:$d/gold.json"); done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for s in "${sets[@]}"; do
  IFS=: read -r name dir gold <<<"$s"
  "$bin" extract --json "$dir" >"$tmp/p.json" 2>/dev/null
  echo "$name: $(python3 ../shared/eval/score.py --gold "$gold" --pred "$tmp/p.json" | tail -4 | tr '\n' ' ')"
done
