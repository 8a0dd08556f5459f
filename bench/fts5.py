#!/usr/bin/env python3
"""The same corpus and lookups through SQLite FTS5, for bench/side-by-side.sh.

Builds an FTS5 table of paragraphs (article id, paragraph text), then times the lookups
factdesk answers: a force's name (as /force finds its passages) and the /search queries,
each returning the top 10 by bm25 with a highlighted snippet. Prints one line of JSON.
"""
import json
import os
import pathlib
import sqlite3
import sys
import time

FORCES = sys.argv[3].split("|")
SEARCHES = ['grooming', 'online offences', '"indecent images"', 'spokesperson', 'rise AND children',
            'Cleveland', 'NSPCC helpline', 'record NOT Durham']


def pct(times, p):
    times = sorted(times)
    return times[round((len(times) - 1) * p)] * 1e6 if times else 0.0


def main():
    corpus, db_path = pathlib.Path(sys.argv[1]), sys.argv[2]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 20
    if os.path.exists(db_path):
        os.remove(db_path)
    start = time.perf_counter()
    db = sqlite3.connect(db_path)
    db.execute("CREATE VIRTUAL TABLE para USING fts5(article UNINDEXED, body)")
    size = 0
    rows = []
    for path in sorted(corpus.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        size += len(text.encode("utf-8"))
        for para in (p.strip() for p in text.split("\n")):
            if para:
                rows.append((path.name, para))
        if len(rows) > 50_000:
            db.executemany("INSERT INTO para VALUES (?, ?)", rows)
            rows = []
    db.executemany("INSERT INTO para VALUES (?, ?)", rows)
    db.commit()
    build_s = time.perf_counter() - start

    def lookup(q):
        return db.execute("SELECT article, snippet(para, 1, '**', '**', '…', 20) FROM para WHERE para MATCH ? "
                          "ORDER BY bm25(para) LIMIT 10", (q,)).fetchall()

    def timed(queries):
        times = []
        for _ in range(rounds):
            for q in queries:
                t = time.perf_counter()
                lookup(q)
                times.append(time.perf_counter() - t)
        return pct(times, 0.5), pct(times, 0.99)

    force_queries = ['"' + f.replace('"', '') + '"' for f in FORCES]
    f50, f99 = timed(force_queries)
    s50, s99 = timed(SEARCHES)
    db.close()
    print(json.dumps({"build_mb_s": size / 1e6 / build_s, "force_p50_us": f50, "force_p99_us": f99,
                      "search_p50_us": s50, "search_p99_us": s99, "db_bytes": os.path.getsize(db_path)}))


if __name__ == "__main__":
    main()
