#!/usr/bin/env python3
"""Build /work/heldout11/part_a.jsonl (k11a-001 .. k11a-030) from the hand-written
dialogue modules a_part1..a_part4 and check the result."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import a_part1, a_part2, a_part3, a_part4  # noqa: E402

OUT = os.path.join(HERE, "part_a.jsonl")
LABELS = ["good", "off_topic", "leakage", "placeholder", "structure", "repetition",
          "non_answer", "misaligned", "bad_length", "contradiction"]


def well_formed(conv):
    """True if the dialogue satisfies the structural rules of a good dialogue."""
    if not conv or conv[0]["from"] != "human" or conv[-1]["from"] != "gpt":
        return False
    for i, t in enumerate(conv):
        if t["from"] != ("human" if i % 2 == 0 else "gpt"):
            return False
        if not t["value"].strip():
            return False
    return 3 <= len(conv) // 2 <= 8


def build():
    dialogues = a_part1.D + a_part2.D + a_part3.D + a_part4.D
    records = []
    for d in sorted(dialogues, key=lambda x: x["num"]):
        conv = [{"from": who, "value": text} for who, text in d["turns"]]
        rec = {
            "id": "k11a-%03d" % d["num"],
            "label": d["label"],
            "language": d["language"],
            "note": d["note"],
            "conversations": conv,
        }
        assert rec["label"] in LABELS, rec["id"]
        assert "\n" not in rec["note"], rec["id"]
        ok = well_formed(conv)
        if rec["label"] == "structure":
            assert not ok, "%s: structure item is well formed" % rec["id"]
        else:
            assert ok, "%s: not well formed" % rec["id"]
        records.append(rec)
    ids = [r["id"] for r in records]
    assert ids == ["k11a-%03d" % i for i in range(1, 31)], ids
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def check():
    recs = []
    with open(OUT, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            recs.append(json.loads(line))
    labels = Counter(r["label"] for r in recs)
    langs = Counter(r["language"] for r in recs)
    assert len(recs) == 30
    assert labels["good"] == 12
    for lab in LABELS[1:]:
        assert labels[lab] == 2, lab
    assert langs == Counter({"en": 23, "zh": 3, "ja": 1, "de": 1, "pt": 1, "cs": 1}), langs
    assert sum(1 for r in recs if r["language"] == "zh" and r["label"] == "good") >= 2
    print("lines:", len(recs))
    print("labels:", dict(sorted(labels.items())))
    print("languages:", dict(sorted(langs.items())))
    print("user turns:", Counter(sum(t["from"] == "human" for t in r["conversations"]) for r in recs))


if __name__ == "__main__":
    build()
    check()
