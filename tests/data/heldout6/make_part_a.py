#!/usr/bin/env python3
"""Writes /work/heldout6/part-a.jsonl (30 hand-written dialogues h6a-001..h6a-030)."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import parta_1, parta_2, parta_3

OUT = os.path.join(HERE, "part-a.jsonl")
LABELS = {"good", "off_topic", "leakage", "placeholder", "structure", "repetition",
          "non_answer", "misaligned", "bad_length", "contradiction"}

def main():
    dialogues = parta_1.DIALOGUES + parta_2.DIALOGUES + parta_3.DIALOGUES
    with open(OUT, "w", encoding="utf-8") as f:
        for d in dialogues:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

    # verify
    rows = []
    with open(OUT, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            d = json.loads(line)
            for k in ("id", "label", "language", "note", "conversations"):
                assert k in d, (n, k)
            assert d["label"] in LABELS, d["id"]
            assert d["note"].strip() and isinstance(d["conversations"], list) and d["conversations"]
            for t in d["conversations"]:
                assert set(t) == {"from", "value"} and t["from"] in ("human", "gpt"), d["id"]
            conv = d["conversations"]
            if d["label"] != "structure":
                assert conv[0]["from"] == "human" and conv[-1]["from"] == "gpt", d["id"]
                assert all(conv[i]["from"] == ("human" if i % 2 == 0 else "gpt") for i in range(len(conv))), d["id"]
                assert 3 <= len(conv) // 2 <= 8, d["id"]
                assert all(t["value"].strip() for t in conv), d["id"]
            rows.append(d)
    ids = [d["id"] for d in rows]
    assert ids == [f"h6a-{i:03d}" for i in range(1, 31)], ids
    print(f"{len(rows)} dialogues -> {OUT}")
    print("labels:", dict(sorted(Counter(d["label"] for d in rows).items())))
    print("languages:", dict(sorted(Counter(d["language"] for d in rows).items())))
    print("good by language:", dict(sorted(Counter(d["language"] for d in rows if d["label"] == "good").items())))

if __name__ == "__main__":
    main()
