#!/usr/bin/env python3
"""Assemble part c of the held-out set (i9c-001 .. i9c-030) into part_c.jsonl.

All dialogue texts are hand-written plain string literals in c_good.py,
c_flaw_a.py and c_flaw_b.py; this script only converts them to ShareGPT JSONL,
checks the format rules, and prints counts.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from c_good import GOOD  # noqa: E402
from c_flaw_a import FLAW_A  # noqa: E402
from c_flaw_b import FLAW_B  # noqa: E402

OUT = os.path.join(HERE, "part_c.jsonl")
ROLE = {"h": "human", "g": "gpt"}
LABELS = ["good", "off_topic", "leakage", "placeholder", "structure", "repetition",
          "non_answer", "misaligned", "bad_length", "contradiction"]


def to_record(d):
    convs = [{"from": ROLE[r], "value": t} for r, t in d["conv"]]
    return {"id": d["id"], "label": d["label"], "language": d["language"],
            "note": d["note"], "conversations": convs}


def well_formed(convs):
    """True if the dialogue satisfies the structural rules of a good dialogue."""
    if not convs or convs[0]["from"] != "human" or convs[-1]["from"] != "gpt":
        return False
    for i, c in enumerate(convs):
        if c["from"] != ("human" if i % 2 == 0 else "gpt"):
            return False
        if not c["value"].strip():
            return False
    n_user = len(convs) // 2
    return 3 <= n_user <= 8


def main():
    dialogues = GOOD + FLAW_A + FLAW_B
    records = [to_record(d) for d in dialogues]

    ids = [r["id"] for r in records]
    assert ids == ["i9c-%03d" % i for i in range(1, 31)], ids
    for r in records:
        assert r["label"] in LABELS, r["id"]
        assert "\n" not in r["note"], r["id"]
        ok = well_formed(r["conversations"])
        if r["label"] == "structure":
            assert not ok, r["id"] + " should be malformed"
        else:
            assert ok, r["id"] + " is malformed"

    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # Reload line by line.
    loaded = []
    with open(OUT, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            loaded.append(json.loads(line))
    assert len(loaded) == 30

    labels = Counter(r["label"] for r in loaded)
    langs = Counter(r["language"] for r in loaded)
    print("wrote", OUT, "with", len(loaded), "dialogues")
    print("labels:")
    for lab in LABELS:
        print("  %-14s %d" % (lab, labels[lab]))
    print("languages:")
    for lang, n in langs.most_common():
        print("  %-4s %d" % (lang, n))


if __name__ == "__main__":
    main()
