#!/usr/bin/env python3
"""Stage and function breakdown, instructions a byte, from cg.sh's two callgrind runs.

  stages.py LABEL [BASE_LABEL] [--top N] [--grep WORD]

Reads $PERFDATA (default target/perfdata)/cg/LABEL-{1500,6000}.out through `callgrind_annotate --inclusive=yes`
(and --inclusive=no for self cost; outputs cached next to them), takes 6000 minus 1500 over
the bytes between the corpora. A stage is the largest of its alternatives: a function, or a
tuple of functions summed (for a function the build inlined). A function's inclusive cost is its own line (the one carrying
the binary's name); its self cost is the sum of all its lines (code inlined from other files).
With BASE_LABEL, prints both and the change.
"""
import os, re, subprocess, sys

PD = os.environ.get("PERFDATA", os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "perfdata"))
LINE = re.compile(r"^\s*([\d,]+) \(\s*[\d.]+%\)\s+([^:]*):(.*?)(?: \[([^\]]*)\])?$")
STAGES = [
    ("figures", ["factdesk::extract::figures::extract_figures_with"]),
    ("quotes", ["factdesk::extract::quotes::extract_quotes_with"]),
    ("parse", ["factdesk::ingest::parse_article"]),
    ("documents", ["factdesk::search::documents"]),
    # index_documents may be inlined into the indexing thread (it was in session 23's build):
    # then its two parts, summed, stand for it.
    ("tantivy", ["tantivy::indexer::index_writer::index_documents",
                 ("tantivy::indexer::segment_writer::SegmentWriter::add_document",
                  "tantivy::indexer::segment_writer::SegmentWriter::finalize")]),
    ("store", ["tantivy::store::store_compressor::BlockCompressorImpl::compress_block_and_write"]),
]


def corpus_bytes(n):
    out = subprocess.run(["du", "-sb", "--apparent-size", f"{PD}/corpus-{n}"], capture_output=True, text=True)
    return int(out.stdout.split()[0])


def annotate(label, n, inclusive):
    src = f"{PD}/cg/{label}-{n}.out"
    cache = f"{src}.{'inc' if inclusive else 'self'}.fn.txt"
    if not os.path.exists(cache) or os.path.getmtime(cache) < os.path.getmtime(src):
        txt = subprocess.run(["callgrind_annotate", f"--inclusive={'yes' if inclusive else 'no'}",
                              "--threshold=100", "--auto=no", src], capture_output=True, text=True).stdout
        with open(cache, "w") as f:
            f.write(txt)
    with open(cache) as f:
        return f.read()


def parse(label, n):
    total, inc, own = 0, {}, {}
    for line in annotate(label, n, True).splitlines():
        if "PROGRAM TOTALS" in line:
            total = int(line.split()[0].replace(",", ""))
            continue
        m = LINE.match(line)
        if m and m.group(4):
            fn, v = m.group(3), int(m.group(1).replace(",", ""))
            inc[fn] = max(inc.get(fn, 0), v)
    for line in annotate(label, n, False).splitlines():
        m = LINE.match(line)
        if m and "PROGRAM TOTALS" not in line:
            fn, v = m.group(3), int(m.group(1).replace(",", ""))
            own[fn] = own.get(fn, 0) + v
    return total, inc, own


def per_byte(label):
    b = corpus_bytes(6000) - corpus_bytes(1500)
    t1, i1, s1 = parse(label, 1500)
    t6, i6, s6 = parse(label, 6000)
    inc = {k: (i6.get(k, 0) - i1.get(k, 0)) / b for k in set(i1) | set(i6)}
    own = {k: (s6.get(k, 0) - s1.get(k, 0)) / b for k in set(s1) | set(s6)}
    return (t6 - t1) / b, inc, own


def main():
    args = sys.argv[1:]
    top, grep = 40, None
    if "--top" in args:
        i = args.index("--top"); top = int(args[i + 1]); del args[i:i + 2]
    if "--grep" in args:
        i = args.index("--grep"); grep = args[i + 1]; del args[i:i + 2]
    labels = args[:2]
    data = [per_byte(l) for l in labels]
    head = "".join(f"{l:>12}" for l in labels) + ("      change" if len(labels) == 2 else "")

    def row(name, vals):
        s = "".join(f"{v:12.1f}" for v in vals)
        if len(vals) == 2:
            s += f"{vals[0] - vals[1]:+12.1f}"
        return f"{s}  {name}"

    print(f"instructions a byte  {head}")
    print(row("whole build", [d[0] for d in data]))
    for name, fns in STAGES:
        # Each entry names the stage's function, or a tuple of functions whose costs add up to it.
        cost = lambda inc, f: sum(inc.get(g, 0) for g in f) if isinstance(f, tuple) else inc.get(f, 0)
        print(row(name, [max(cost(d[1], f) for f in fns) for d in data]))
    if grep:
        print(f"\ninclusive, functions matching {grep!r}:")
        keys = sorted({k for d in data for k in d[1] if grep in k}, key=lambda k: -data[0][1].get(k, 0))
        for k in keys[:top]:
            print(row(k[:150], [d[1].get(k, 0) for d in data]))
    print(f"\nself cost, top {top} (of {labels[0]}):")
    keys = sorted(data[0][2], key=lambda k: -data[0][2][k])
    if grep:
        keys = [k for k in keys if grep in k]
    for k in keys[:top]:
        print(row(k[:150], [d[2].get(k, 0) for d in data]))


if __name__ == "__main__":
    main()
