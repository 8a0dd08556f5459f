#!/usr/bin/env bash
# factdesk against SQLite FTS5 and a plain ripgrep scan, on the same synthetic corpus.
#
#   bench/side-by-side.sh            1k and 10k articles (a few minutes)
#   bench/side-by-side.sh --full     also 100k articles (allow 20 minutes)
#
# Prints one table: indexing throughput (extraction included), cold start to first answer,
# /force and /search latency p50/p99, autocomplete p99, peak RSS, index size; then the same
# lookups through FTS5 and rg, with ratios. Work files go to ${BENCH_DIR:-target/bench}.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=(1000 10000)
[[ "${1:-}" == "--full" ]] && sizes+=(100000)
work=${BENCH_DIR:-target/bench}
mkdir -p "$work"
results="$work/results.jsonl"
: >"$results"

if ! command -v rg >/dev/null; then
  echo "ripgrep not found; installing it (apt-get, else cargo install)" >&2
  (apt-get install -y -qq ripgrep >/dev/null 2>&1 || cargo install --quiet ripgrep) >&2
fi

echo "building release binaries..." >&2
cargo build --release --quiet --bin factdesk --example latency
# SQLite (bundled, with FTS5) is compiled only for this comparison.
cargo build --release --quiet --features fts5-bench --example fts5
# Cargo builds where CARGO_TARGET_DIR says, if it says.
release=${CARGO_TARGET_DIR:-target}/release
bin=$release/factdesk
latency=$release/examples/latency
fts5=$release/examples/fts5
# rg scans every file for each name, so it is timed on ten forces; factdesk and FTS5 look up all of them.
forces="Cleveland Police|Durham Constabulary|Kent Police|Metropolitan Police|Greater Manchester Police|Police Scotland|Dyfed-Powys Police|West Midlands Police|Lancashire Constabulary|Northumbria Police"

now_ms() { date +%s%3N; }
peak_kb() { grep "Maximum resident set size" "$1" | awk '{print $NF}'; }

for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n" index="$work/index-$n"
  if [[ ! -f "$corpus/.done" ]]; then
    rm -rf "$corpus"
    "$bin" gen-corpus --articles "$n" --seed 42 "$corpus" >&2
    touch "$corpus/.done"
  fi
  bytes=$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
  rm -rf "$index"
  echo "[$n] indexing $bytes bytes..." >&2
  t0=$(now_ms)
  /usr/bin/time -v "$bin" --data "$corpus" --index "$index" index >/dev/null 2>"$work/time-index.txt"
  index_ms=$(( $(now_ms) - t0 ))
  index_rss=$(peak_kb "$work/time-index.txt")
  # CPU time varies less than wall time on a shared machine, and shows how busy both cores were.
  index_cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$work/time-index.txt")

  # The median of five: the first open after a build of just-written files hashes them all
  # once (see docs/performance.md), and this machine's timings are noisy.
  cold=()
  for _ in 1 2 3 4 5; do
    t0=$(now_ms)
    "$bin" --data "$corpus" --index "$index" ask "/force Cleveland" >/dev/null
    cold+=($(( $(now_ms) - t0 )))
  done
  cold_ms=$(printf '%s\n' "${cold[@]}" | sort -n | sed -n 3p)

  echo "[$n] measuring latency..." >&2
  lat=$(/usr/bin/time -v "$latency" --data "$corpus" --index "$index" --rounds 20 2>"$work/time-serve.txt")
  serve_rss=$(peak_kb "$work/time-serve.txt")
  index_bytes=$(du -sb "$index" | awk '{print $1}')

  # One article changed: re-indexed without a full rebuild.
  first=$(find "$corpus" -name '*.txt' | sort | awk 'NR == 1')
  echo "Kent Police recorded 4321 online child sex offences in 2020/21." >>"$first"
  t0=$(now_ms)
  "$bin" --data "$corpus" --index "$index" index >/dev/null
  update_ms=$(( $(now_ms) - t0 ))
  rm -f "$corpus/.done"  # the corpus was changed: regenerate next time
  # Serving goes on over the updated index: a second segment, and deleted documents.
  after=$("$latency" --data "$corpus" --index "$index" --rounds 20)

  echo "[$n] SQLite FTS5..." >&2
  fts=$("$fts5" --corpus "$corpus" --db "$work/fts-$n.db" --rounds 20)

  echo "[$n] ripgrep..." >&2
  rg_times=()
  IFS='|' read -ra names <<<"$forces"
  for name in "${names[@]}"; do
    t0=$(date +%s%N)
    rg -l -F "$name" "$corpus" >/dev/null || true
    rg_times+=($(( ($(date +%s%N) - t0) / 1000 )))
  done
  rg_p50=$(printf '%s\n' "${rg_times[@]}" | sort -n | sed -n "$(( (${#rg_times[@]} + 1) / 2 ))p")
  rg_max=$(printf '%s\n' "${rg_times[@]}" | sort -n | tail -1)

  python3 - "$n" "$bytes" "$index_ms" "$index_rss" "$index_cpu" "$cold_ms" "$lat" "$serve_rss" "$index_bytes" "$update_ms" "$fts" "$rg_p50" "$rg_max" "$after" >>"$results" <<'PY'
import json, sys
n, size, index_ms, index_rss, index_cpu, cold_ms, lat, serve_rss, index_bytes, update_ms, fts, rg50, rgmax, after = sys.argv[1:]
row = {"articles": int(n), "corpus_mb": int(size) / 1e6, "index_mb_s": int(size) / 1e6 / (int(index_ms) / 1e3),
       "index_rss_mb": int(index_rss) / 1024, "index_cpu_s_per_mb": float(index_cpu) / (int(size) / 1e6), "cold_ms": int(cold_ms), "serve_rss_mb": int(serve_rss) / 1024,
       "index_disk_mb": int(index_bytes) / 1e6, "update_ms": int(update_ms), "rg_p50_us": int(rg50), "rg_max_us": int(rgmax)}
row.update(json.loads(lat))
row.update({"fts_" + k: v for k, v in json.loads(fts).items()})
row.update({"after_update_" + k: v for k, v in json.loads(after).items()})
print(json.dumps(row))
PY
done

python3 - "$results" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
def line(label, key, fmt="{:.1f}"):
    print(f"| {label:<44} | " + " | ".join(fmt.format(r[key]) if key in r else "-" for r in rows) + " |")
def ratio(label, a, b):
    print(f"| {label:<44} | " + " | ".join(f"{r[b] / r[a]:.1f}x" if r.get(a) else "-" for r in rows) + " |")
print("| metric | " + " | ".join(f"{r['articles']:,} articles" for r in rows) + " |")
print("|---|" + "---|" * len(rows))
line("corpus size (MB)", "corpus_mb")
line("factdesk indexing incl. extraction (MB/s)", "index_mb_s")
line("factdesk indexing CPU, user+sys (s per MB)", "index_cpu_s_per_mb", "{:.2f}")
line("factdesk peak RSS while indexing (MB)", "index_rss_mb")
line("factdesk index on disk (MB)", "index_disk_mb")
line("factdesk one changed article re-indexed (ms)", "update_ms", "{:.0f}")
line("factdesk cold start to first answer (ms)", "cold_ms", "{:.0f}")
line("factdesk engine open (ms)", "open_ms")
line("factdesk /force p50 (µs)", "force_p50_us", "{:.0f}")
line("factdesk /force p99 (µs)", "force_p99_us", "{:.0f}")
line("factdesk /search p50 (µs)", "search_p50_us", "{:.0f}")
line("factdesk /search p99 (µs)", "search_p99_us", "{:.0f}")
line("factdesk autocomplete p99 (µs)", "complete_p99_us", "{:.0f}")
line("factdesk article-id autocomplete p99 (µs)", "complete_article_p99_us", "{:.0f}")
line("factdesk peak RSS while serving (MB)", "serve_rss_mb")
line("after that update: engine open (ms)", "after_update_open_ms")
line("after that update: /force p99 (µs)", "after_update_force_p99_us", "{:.0f}")
line("after that update: /search p99 (µs)", "after_update_search_p99_us", "{:.0f}")
line("FTS5 indexing, no extraction (MB/s)", "fts_build_mb_s")
line("FTS5 database on disk (bytes)", "fts_db_bytes", "{:.0f}")
line("FTS5 force-name lookup p50 (µs)", "fts_force_p50_us", "{:.0f}")
line("FTS5 force-name lookup p99 (µs)", "fts_force_p99_us", "{:.0f}")
line("FTS5 search p50 (µs)", "fts_search_p50_us", "{:.0f}")
line("FTS5 search p99 (µs)", "fts_search_p99_us", "{:.0f}")
line("rg scan for a force name, p50 (µs)", "rg_p50_us", "{:.0f}")
line("rg scan for a force name, max (µs)", "rg_max_us", "{:.0f}")
ratio("/force p99: FTS5 ÷ factdesk", "force_p99_us", "fts_force_p99_us")
ratio("/force p50: rg ÷ factdesk", "force_p50_us", "rg_p50_us")
ratio("/search p99: FTS5 ÷ factdesk", "search_p99_us", "fts_search_p99_us")
PY
