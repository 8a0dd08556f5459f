#!/usr/bin/env bash
# Instructions a byte of `factdesk index` (docs/performance.md, sessions 17-21).
#   cg.sh BIN LABEL     -> $PERFDATA/cg/LABEL-{1500,6000}.out, prints totals and Ir/byte
# Corpora: gen-corpus --seed 42 at 1,500 and 6,000 articles, built once into ${PERFDATA:-target/perfdata}.
# Each run: one extraction thread, a fresh copy of the corpus as --data and a fresh --index.
# Run from a checkout (the binary reads ./config). Stage breakdown: stages.py LABEL.
set -euo pipefail
bin=${1:?usage: cg.sh BIN LABEL}; label=${2:?usage: cg.sh BIN LABEL}
bin=$(readlink -f "$bin")
pd=${PERFDATA:-${CARGO_TARGET_DIR:-target}/perfdata}; mkdir -p "$pd/cg"
for n in 1500 6000; do
  [[ -d $pd/corpus-$n ]] || "$bin" gen-corpus --articles $n --seed 42 "$pd/corpus-$n" >/dev/null
done
declare -A tot
for n in 1500 6000; do
  run=$(mktemp -d /tmp/cg-XXXXXX)
  cp -a "$pd/corpus-$n" "$run/data"
  RAYON_NUM_THREADS=1 nice -n 19 valgrind --tool=callgrind --callgrind-out-file="$pd/cg/$label-$n.out" \
    "$bin" --data "$run/data" --index "$run/index" index --force >"$run/log" 2>&1 || { cat "$run/log"; exit 1; }
  tot[$n]=$(grep -m1 '^totals:' "$pd/cg/$label-$n.out" | awk '{print $2}')
  rm -rf "$run"
done
b1=$(du -sb --apparent-size "$pd/corpus-1500" | cut -f1); b6=$(du -sb --apparent-size "$pd/corpus-6000" | cut -f1)
python3 - "$label" "${tot[1500]}" "${tot[6000]}" "$b1" "$b6" <<'PY'
import sys
label, t1, t6, b1, b6 = sys.argv[1], *map(int, sys.argv[2:])
print(f"{label}: 1500={t1:,} 6000={t6:,} bytes {b6-b1:,}  -> {(t6-t1)/(b6-b1):,.1f} instructions a byte")
PY
