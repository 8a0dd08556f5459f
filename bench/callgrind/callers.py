#!/usr/bin/env python3
"""Callers of a function (self cost the callee spends under each), per byte from the two runs.
  callers.py LABEL WORD      (WORD: part of the callee's name, e.g. is_contained_in)
Uses callgrind_annotate --tree=caller; a caller's number is the callee's inclusive cost
spent in calls from that caller (6000 minus 1500 over the bytes between the corpora)."""
import os, re, subprocess, sys
PD = os.environ.get("PERFDATA", os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "perfdata"))
label, word = sys.argv[1], sys.argv[2]

def tree(n):
    src = f"{PD}/cg/{label}-{n}.out"; cache = src + ".caller.txt"
    if not os.path.exists(cache) or os.path.getmtime(cache) < os.path.getmtime(src):
        txt = subprocess.run(["callgrind_annotate", "--tree=caller", "--auto=no", "--threshold=100", src],
                             capture_output=True, text=True).stdout
        open(cache, "w").write(txt)
    out, block = {}, []
    for line in open(cache):
        if not line.strip():
            block = []; continue
        block.append(line)
        if "*  " in line and word in line.split("*  ", 1)[1]:
            callee = line.split(":", 1)[1].strip() if ":" in line else line
            for b in block[:-1]:
                m = re.match(r"^\s*([\d,]+) \(.*?\)\s+<\s+([^:]*):(.*?)(?: \((\d[\d,]*)x\))?(?: \[.*\])?$", b.rstrip())
                if m:
                    key = (callee[:90], m.group(3))
                    out[key] = out.get(key, 0) + int(m.group(1).replace(",", ""))
    return out

def size(n):
    return int(subprocess.run(["du", "-sb", "--apparent-size", f"{PD}/corpus-{n}"], capture_output=True, text=True).stdout.split()[0])

b = size(6000) - size(1500)
a, c = tree(1500), tree(6000)
rows = sorted(((c.get(k, 0) - a.get(k, 0)) / b, k) for k in set(a) | set(c))
for v, (callee, caller) in reversed(rows):
    if abs(v) >= 0.2:
        print(f"{v:8.1f}  {caller[:140]}   -> {callee[:60]}")
