import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import b_1, b_2, b_3, b_4, b_5, b_6, b_7, b_8, b_9, b_10, b_11

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "part_b.jsonl")

dialogues = []
for m in (b_1, b_2, b_3, b_4, b_5, b_6, b_7, b_8, b_9, b_10, b_11):
    dialogues.extend(m.DIALOGUES)
dialogues.sort(key=lambda d: d["id"])

# sanity checks
ids = [d["id"] for d in dialogues]
assert ids == [f"m16b-{i:03d}" for i in range(1, 31)], ids
for d in dialogues:
    conv = d["conversations"]
    n_user = sum(1 for t in conv if t["from"] == "human")
    if d["label"] != "structure":
        roles = [t["from"] for t in conv]
        assert roles == ["human", "gpt"] * (len(conv) // 2), d["id"]
        assert 3 <= n_user <= 8, (d["id"], n_user)
        assert all(t["value"].strip() for t in conv), d["id"]

with open(OUT, "w", encoding="utf-8") as f:
    for d in dialogues:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")

# reload line by line
loaded = []
with open(OUT, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        loaded.append(json.loads(line))
print(f"{OUT}: {len(loaded)} lines loaded OK")
print("labels:", dict(sorted(Counter(d["label"] for d in loaded).items())))
print("languages:", dict(sorted(Counter(d["language"] for d in loaded).items())))
