#!/usr/bin/env python3
"""Write /work/heldout7/part-a.jsonl (30 hand-written labelled dialogues, h7a-001..h7a-030)."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import part_a_chunk1, part_a_chunk2, part_a_chunk3  # noqa: E402

OUT = os.path.join(HERE, "part-a.jsonl")
LABELS = {"good", "off_topic", "leakage", "placeholder", "structure", "repetition",
          "non_answer", "misaligned", "bad_length", "contradiction"}

dialogues = part_a_chunk1.DIALOGUES + part_a_chunk2.DIALOGUES + part_a_chunk3.DIALOGUES

with open(OUT, "w", encoding="utf-8") as f:
    for dlg in dialogues:
        f.write(json.dumps(dlg, ensure_ascii=False) + "\n")

# ---- verification ----
rows = []
with open(OUT, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        rows.append(json.loads(line))

assert len(rows) == 30, len(rows)
assert [r["id"] for r in rows] == ["h7a-%03d" % i for i in range(1, 31)]
for r in rows:
    assert set(r) == {"id", "label", "language", "note", "conversations"}, r["id"]
    assert r["label"] in LABELS, r["id"]
    assert isinstance(r["note"], str) and r["note"] and "\n" not in r["note"], r["id"]
    conv = r["conversations"]
    assert conv and all(set(t) == {"from", "value"} and t["from"] in ("human", "gpt")
                        and isinstance(t["value"], str) for t in conv), r["id"]
    if r["label"] != "structure":
        roles = [t["from"] for t in conv]
        assert roles == ["human", "gpt"] * (len(conv) // 2), r["id"]
        assert 3 <= len(conv) // 2 <= 8, r["id"]
        assert all(t["value"].strip() for t in conv), r["id"]

print("wrote", OUT, "-", len(rows), "dialogues, all lines load as JSON")
print("labels:", dict(sorted(Counter(r["label"] for r in rows).items())))
print("languages:", dict(sorted(Counter(r["language"] for r in rows).items())))
print("good by language:", dict(sorted(Counter(r["language"] for r in rows if r["label"] == "good").items())))
