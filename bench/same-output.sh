#!/usr/bin/env bash
# Checks that a changed build reads articles and answers questions exactly as a baseline
# build does: for speed work, where any difference in output is a regression until shown
# otherwise.
#
#   bench/same-output.sh BASELINE_BIN [NEW_BIN]      (NEW_BIN defaults to target/release/factdesk)
#
# Compares `extract --json` on the seeds, the development set, the probe sets and two
# generated corpora (6,000 articles), then the answers to a list of questions over an index of
# the seeds plus one generated corpus. Prints the first differing lines and exits 1 on a
# difference. Work files go to ${SAME_DIR:-target/same-output}.
set -euo pipefail
cd "$(dirname "$0")/.."

base=${1:?usage: bench/same-output.sh BASELINE_BIN [NEW_BIN]}
new=${2:-${CARGO_TARGET_DIR:-target}/release/factdesk}
work=${SAME_DIR:-target/same-output}
mkdir -p "$work"
status=0

differ() { # label, file a, file b
  if ! cmp -s "$2" "$3"; then
    echo "DIFFERENT: $1" >&2
    diff "$2" "$3" | head -20 >&2 || true
    status=1
  else
    echo "same: $1" >&2
  fi
}

for seed in 11 12; do
  [[ -d "$work/gen-$seed" ]] || "$new" gen-corpus --articles 3000 --seed "$seed" "$work/gen-$seed" >/dev/null
done

sets=("seeds:../shared/seeds" "dev:../shared/eval/dev" "probe:eval/probe" "probe2:eval/probe2" "probe3:eval/probe3" "probe4:eval/probe4" "probe5:eval/probe5" "probe6:eval/probe6" "probe7:eval/probe7" "probe8:eval/probe8" "probe9:eval/probe9" "probe10:eval/probe10" "probe12:eval/probe12" "probe13:eval/probe13" "probe14:eval/probe14" "probe16:eval/probe16" "probe17:eval/probe17" "probe18:eval/probe18" "probe19:eval/probe19" "probe20:eval/probe20" "probe21:eval/probe21" "probe22:eval/probe22" "probe23:eval/probe23" "probe24:eval/probe24" "probe25:eval/probe25" "probe26:eval/probe26" "probe27:eval/probe27" "probe28:eval/probe28" "probe29:eval/probe29" "probe30:eval/probe30" "probe31:eval/probe31" "probe32:eval/probe32" "probe33:eval/probe33" "probe34:eval/probe34" "probe35:eval/probe35" "probe36:eval/probe36" "probe37:eval/probe37" "probe38:eval/probe38" "probe39:eval/probe39" "probe40:eval/probe40" "probe41:eval/probe41" "gen-11:$work/gen-11" "gen-12:$work/gen-12")
for set in "${sets[@]}"; do
  name=${set%%:*} dir=${set#*:}
  [[ -d "$dir" ]] || { echo "skipped: $name ($dir is missing)" >&2; continue; }
  "$base" extract --json "$dir" >"$work/$name.base.json" 2>/dev/null
  "$new" extract --json "$dir" >"$work/$name.new.json" 2>/dev/null
  differ "extract $name" "$work/$name.base.json" "$work/$name.new.json"
done

# Answers: the same questions over the same data, one index per build.
data="$work/answers-data"
if [[ ! -d "$data" ]]; then
  mkdir -p "$data"
  cp -r data/articles "$data/seeds"
  cp data/catalogue.toml "$data/" 2>/dev/null || true
  cp -r "$work/gen-11" "$data/gen"
fi
questions=(
  "/force Cleveland" "/force Durham 2016/17" "/force Kent online" "/force the Met" "/force Police Scotland all"
  "/force North Wales" "/force Atlantis" "/search grooming" "/search \"indecent images\"" "/search rise AND children"
  "/search spokesperson -police" "/quote NSPCC" "/quote Andrew Barnes" "/quote Cleveland" "/quote stark reminder"
  "/sources" "/article gen/0000/gen-0000000.txt" "/national" "/national 2019/20 online" "/trend Durham" "/trend Kent all"
  "/compare Durham Cleveland" "/compare Kent Essex Surrey 2018/19" "/ask what did the NSPCC say about Lancashire?"
  "what did we publish about Durham?" "/ask how many online offences did Kent record in 2019/20?"
)
for which in base new; do
  bin=$base
  [[ $which == new ]] && bin=$new
  rm -rf "$work/index-$which"
  out="$work/answers.$which.txt"
  : >"$out"
  for q in "${questions[@]}"; do
    { echo "== $q"; "$bin" --data "$data" --index "$work/index-$which" ask "$q" --json 2>&1 || true; } >>"$out"
  done
done
differ "answers to ${#questions[@]} questions" "$work/answers.base.txt" "$work/answers.new.txt"
exit $status
