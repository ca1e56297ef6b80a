"""Assemble part c (j10c-001..030) of the held-out set and write part_c.jsonl."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import c_good1, c_good2, c_good3, c_flaw1, c_flaw2, c_flaw3, c_flaw4, c_flaw5  # noqa: E402

MODULES = [c_good1, c_good2, c_good3, c_flaw1, c_flaw2, c_flaw3, c_flaw4, c_flaw5]
OUT = os.path.join(HERE, "part_c.jsonl")


def collect():
    items = []
    for m in MODULES:
        for name in sorted(dir(m)):
            if name.startswith("D") and name[1:].isdigit():
                items.append(getattr(m, name))
    items.sort(key=lambda d: d["id"])
    return items


def well_formed(conv):
    if len(conv) < 6 or len(conv) % 2:
        return False
    for i, t in enumerate(conv):
        if t["from"] != ("human" if i % 2 == 0 else "gpt") or not t["value"].strip():
            return False
    return 3 <= len(conv) // 2 <= 8


def main():
    items = collect()
    ids = [d["id"] for d in items]
    assert ids == ["j10c-%03d" % i for i in range(1, 31)], ids
    for d in items:
        ok = well_formed(d["conversations"])
        if d["label"] == "structure":
            assert not ok, d["id"]
        else:
            assert ok, d["id"]
    with open(OUT, "w", encoding="utf-8") as f:
        for d in items:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

    # reload line by line
    rows = []
    with open(OUT, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            rows.append(json.loads(line))
    print("lines loaded:", len(rows))
    print("labels:", dict(sorted(Counter(r["label"] for r in rows).items())))
    print("languages:", dict(sorted(Counter(r["language"] for r in rows).items())))


if __name__ == "__main__":
    main()
