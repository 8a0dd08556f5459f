#!/usr/bin/env bash
# Compares builds of factdesk on one corpus by running `index` with each in turn, round after
# round, so that the machine's drift (up to 2x within an hour here) falls on all of them
# alike. Prints each build's mean wall time, CPU time (user+sys) and peak RSS.
#
#   bench/alternate.sh ROUNDS CORPUS_DIR BIN [BIN...]
#
# A corpus: `factdesk gen-corpus --articles 10000 --seed 42 DIR`. Work files go to
# ${ALTERNATE_DIR:-target/alternate}.
set -euo pipefail
rounds=${1:?usage: bench/alternate.sh ROUNDS CORPUS_DIR BIN [BIN...]}
corpus=${2:?usage: bench/alternate.sh ROUNDS CORPUS_DIR BIN [BIN...]}
shift 2
(( $# > 0 )) || { echo "usage: bench/alternate.sh ROUNDS CORPUS_DIR BIN [BIN...]" >&2; exit 2; }
work=${ALTERNATE_DIR:-target/alternate}
mkdir -p "$work"
for _ in $(seq "$rounds"); do
  for bin in "$@"; do
    rm -rf "$work/index"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$bin" --data "$corpus" --index "$work/index" index >/dev/null
    echo "$bin $(tail -1 "$work/time.txt")"
  done
done | awk '{ w[$1] += $2; c[$1] += $3 + $4; r[$1] += $5; n[$1]++; if (!($1 in seen)) { seen[$1] = 1; order[++k] = $1 } }
  END { for (i = 1; i <= k; i++) { b = order[i]; printf "%-40s wall %.2f s  cpu %.2f s  peak rss %.0f MB  (%d runs)\n", b, w[b] / n[b], c[b] / n[b], r[b] / n[b] / 1024, n[b] } }'
