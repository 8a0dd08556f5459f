#!/usr/bin/env python3
"""Lines added under src/ since REV that share a run of 6 words with an eval article (eval/probe*,
../shared/eval/dev, ../shared/seeds): doc comments and tests that quote what a rule was fitted to.
  python3 eval/copied-wording.py REV      (run from the repository root; eval/held-back is not read)
Each hit prints the eval article, the src file and the line. A hit is a place to look: genre formulas (an official name, "To ask the Secretary of State") are fine."""
import re,glob,subprocess,sys
base=sys.argv[1]
diff=subprocess.run(['git','diff',base,'--','src'],capture_output=True,text=True).stdout
added,src=[],None
for l in diff.splitlines():
    if l.startswith('+++ '): src=l[6:] if l.startswith('+++ b/') else l[4:]
    elif l.startswith('+'): added.append((src,l[1:]))
def words(t): return re.findall(r"[a-z0-9']+",t.lower())
N=6
grams={}
for f in glob.glob('eval/probe*/*')+glob.glob('../shared/eval/dev/*')+glob.glob('../shared/seeds/*'):
    if f.endswith('.json') or f.endswith('.notes'): continue
    w=words(open(f,errors='ignore').read())
    for i in range(len(w)-N+1): grams.setdefault(' '.join(w[i:i+N]),f)
hits=0
for src,l in added:
    w=words(l)
    for i in range(len(w)-N+1):
        g=' '.join(w[i:i+N])
        if g in grams:
            print(grams[g].split('/')[-2]+'/'+grams[g].split('/')[-1],'|',src,'|',l.strip()[:150]); hits+=1; break
print(hits)
