import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import hb_part1, hb_part2, hb_part3

OUT = os.path.join(HERE, "part-b.jsonl")
LABELS = {"good", "off_topic", "leakage", "placeholder", "structure", "repetition",
          "non_answer", "misaligned", "bad_length", "contradiction"}

dialogues = hb_part1.DIALOGUES + hb_part2.DIALOGUES + hb_part3.DIALOGUES

with open(OUT, "w", encoding="utf-8") as f:
    for d in dialogues:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")

# verify
ids, labels, langs = [], Counter(), Counter()
with open(OUT, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        d = json.loads(line)
        for k in ("id", "label", "language", "note", "conversations"):
            assert k in d and d[k] not in (None, ""), (n, k)
        assert d["label"] in LABELS, d["id"]
        conv = d["conversations"]
        assert isinstance(conv, list) and conv
        for t in conv:
            assert set(t) == {"from", "value"} and t["from"] in ("human", "gpt"), d["id"]
        if d["label"] != "structure":
            roles = [t["from"] for t in conv]
            assert roles[0] == "human" and roles[-1] == "gpt", d["id"]
            assert all(roles[i] != roles[i + 1] for i in range(len(roles) - 1)), d["id"]
            assert 3 <= len(conv) // 2 <= 8, (d["id"], len(conv))
            assert all(t["value"].strip() for t in conv), d["id"]
        ids.append(d["id"]); labels[d["label"]] += 1; langs[d["language"]] += 1

assert ids == ["h5b-%03d" % i for i in range(1, 31)], ids
print("wrote", OUT, "-", len(ids), "dialogues")
print("labels:", dict(sorted(labels.items())))
print("languages:", dict(sorted(langs.items())))
print("good by language:", dict(Counter(d["language"] for d in dialogues if d["label"] == "good")))
