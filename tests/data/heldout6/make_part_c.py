import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import hc_part1, hc_part2, hc_part3

dialogues = hc_part1.DIALOGUES + hc_part2.DIALOGUES + hc_part3.DIALOGUES
out = os.path.join(HERE, "part-c.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for d in dialogues:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")

# verify
LABELS = {"good", "off_topic", "leakage", "placeholder", "structure", "repetition",
          "non_answer", "misaligned", "bad_length", "contradiction"}
rows = []
with open(out, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        d = json.loads(line)
        for k in ("id", "label", "language", "note", "conversations"):
            assert k in d, (i, k)
        assert d["label"] in LABELS, d["id"]
        assert d["id"] == "h6c-%03d" % i, d["id"]
        for t in d["conversations"]:
            assert set(t) == {"from", "value"} and t["from"] in ("human", "gpt"), d["id"]
        if d["label"] != "structure":
            c = d["conversations"]
            assert c[0]["from"] == "human" and c[-1]["from"] == "gpt", d["id"]
            assert all(c[j]["from"] == ("human" if j % 2 == 0 else "gpt") for j in range(len(c))), d["id"]
            assert 3 <= len(c) // 2 <= 8, d["id"]
            assert all(t["value"].strip() for t in c), d["id"]
        rows.append(d)
assert len(rows) == 30
print(out, len(rows), "dialogues")
print("labels:", dict(Counter(d["label"] for d in rows)))
print("languages:", dict(Counter(d["language"] for d in rows)))
print("good by language:", dict(Counter(d["language"] for d in rows if d["label"] == "good")))
