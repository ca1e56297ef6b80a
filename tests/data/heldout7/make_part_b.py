#!/usr/bin/env python3
"""Write /work/heldout7/part-b.jsonl (30 hand-written labelled dialogues, ids h7b-001..h7b-030)."""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h7b_chunk_a
import h7b_chunk_b
import h7b_chunk_c

OUT = os.path.join(HERE, "part-b.jsonl")
LABELS = ["good", "off_topic", "leakage", "placeholder", "structure", "repetition",
          "non_answer", "misaligned", "bad_length", "contradiction"]


def main():
    items = h7b_chunk_a.DIALOGUES + h7b_chunk_b.DIALOGUES + h7b_chunk_c.DIALOGUES
    assert len(items) == 30, len(items)
    random.Random(7207).shuffle(items)  # mix labels across ids, deterministically
    with open(OUT, "w", encoding="utf-8") as f:
        for i, d in enumerate(items, 1):
            rec = {"id": f"h7b-{i:03d}", "label": d["label"], "language": d["language"],
                   "note": d["note"], "conversations": d["conversations"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # verification
    recs = []
    with open(OUT, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            r = json.loads(line)
            for k in ("id", "label", "language", "note", "conversations"):
                assert k in r, (n, k)
            assert r["label"] in LABELS, r["label"]
            conv = r["conversations"]
            assert isinstance(conv, list) and conv
            for t in conv:
                assert set(t) == {"from", "value"} and t["from"] in ("human", "gpt")
                assert isinstance(t["value"], str)
            if r["label"] != "structure":
                roles = [t["from"] for t in conv]
                assert roles == ["human", "gpt"] * (len(conv) // 2), r["id"]
                assert 3 <= len(conv) // 2 <= 8, (r["id"], len(conv))
                assert all(t["value"].strip() for t in conv), r["id"]
            recs.append(r)
    assert [r["id"] for r in recs] == [f"h7b-{i:03d}" for i in range(1, 31)]
    print(f"wrote {len(recs)} dialogues to {OUT}")
    print("per label:", dict(Counter(r["label"] for r in recs)))
    print("per language:", dict(Counter(r["language"] for r in recs)))
    print("good per language:", dict(Counter(r["language"] for r in recs if r["label"] == "good")))


if __name__ == "__main__":
    main()
