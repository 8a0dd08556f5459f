#!/usr/bin/env python3
"""Matched figures whose measure disagrees with gold, for one or more eval sets, with the
sentence each was read from.
  eval/measure-misses.py BIN SET_DIR...    (e.g. target/debug/factdesk eval/probe61)
Uses ../shared/eval/score.py's matching. Not for eval/held-back/ (see its README)."""
import importlib.util, json, pathlib, subprocess, sys

here = pathlib.Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("score", here.parent.parent / "shared/eval/score.py")
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
binary, dirs = sys.argv[1], sys.argv[2:]
for d in dirs:
    if "held-back" in d:
        sys.exit("eval/held-back/ is scored by summary lines only")
    pred = json.loads(subprocess.run([binary, "extract", "--json", d], capture_output=True, text=True).stdout)
    by_name = {pathlib.Path(a["source"]).name: a for a in pred["articles"]}
    for g in json.loads((pathlib.Path(d) / "gold.json").read_text())["articles"]:
        p = by_name.get(g["source"], {})
        gold = [f for f in g.get("figures", []) if f.get("kind") in score.SCORED_KINDS]
        preds = [f for f in p.get("figures", []) if f.get("kind") in score.SCORED_KINDS]
        for gi, pi in score.max_matching(gold, preds).items():
            if gold[gi].get("measure") and not score.same_measure(gold[gi], preds[pi]):
                f = preds[pi]
                print(f"{d}/{g['source']}: {f['place']} {f.get('period')} {f['value']} {f['kind']}: "
                      f"gold {gold[gi]['measure']}, ours {f.get('measure')} | {f.get('sentence', '')[:160]}")
