"""Write part "b" of the held-out set (i9b-001..i9b-030) to part_b.jsonl.

The dialogue texts are hand-written plain string literals in b_data1.py, b_data2.py
and b_data3.py. This script only assembles them, writes JSONL, validates and counts.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import b_data1  # noqa: E402
import b_data2  # noqa: E402
import b_data3  # noqa: E402

OUT = os.path.join(HERE, "part_b.jsonl")

LABELS = {"good", "off_topic", "leakage", "placeholder", "structure", "repetition",
          "non_answer", "misaligned", "bad_length", "contradiction"}


def main():
    items = b_data1.D + b_data2.D + b_data3.D
    items.sort(key=lambda d: d["id"])
    ids = [d["id"] for d in items]
    assert ids == ["i9b-%03d" % i for i in range(1, 31)], ids
    for d in items:
        assert d["label"] in LABELS, d["id"]
        conv = d["conversations"]
        if d["label"] != "structure":
            # well-formed: starts human, alternates, ends gpt, 3-8 user turns, no empty turn
            assert conv[0]["from"] == "human" and conv[-1]["from"] == "gpt", d["id"]
            for i, t in enumerate(conv):
                assert t["from"] == ("human" if i % 2 == 0 else "gpt"), d["id"]
                assert t["value"].strip(), d["id"]
            n_user = sum(t["from"] == "human" for t in conv)
            assert 3 <= n_user <= 8, (d["id"], n_user)

    with open(OUT, "w", encoding="utf-8") as f:
        for d in items:
            rec = {"id": d["id"], "label": d["label"], "language": d["language"],
                   "note": d["note"], "conversations": d["conversations"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # reload line by line
    rows = []
    with open(OUT, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            rows.append(json.loads(line))
    print("lines loaded:", len(rows))
    print("labels:", dict(sorted(collections.Counter(r["label"] for r in rows).items())))
    print("languages:", dict(sorted(collections.Counter(r["language"] for r in rows).items())))


if __name__ == "__main__":
    main()
