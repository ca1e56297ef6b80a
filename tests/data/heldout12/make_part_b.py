#!/usr/bin/env python3
"""Assemble part b of the held-out set (ids m12b-001 .. m12b-030) into part_b.jsonl."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import b_1, b_2, b_3, b_4, b_5  # noqa: E402

OUT = os.path.join(HERE, "part_b.jsonl")
LABELS = ["good", "off_topic", "leakage", "placeholder", "structure", "repetition",
          "non_answer", "misaligned", "bad_length", "contradiction"]


def well_formed(conv):
    """True if the conversation satisfies the structural rules for a multi-turn dialogue."""
    if not conv or conv[0]["from"] != "human" or conv[-1]["from"] != "gpt":
        return False
    for i, t in enumerate(conv):
        if t["from"] != ("human" if i % 2 == 0 else "gpt"):
            return False
        if not t["value"].strip():
            return False
    n_user = sum(1 for t in conv if t["from"] == "human")
    return 3 <= n_user <= 8


def main():
    dialogues = b_1.DIALOGUES + b_2.DIALOGUES + b_3.DIALOGUES + b_4.DIALOGUES + b_5.DIALOGUES
    ids = [d["id"] for d in dialogues]
    assert ids == ["m12b-%03d" % i for i in range(1, 31)], ids

    for d in dialogues:
        assert d["label"] in LABELS, d["id"]
        ok = well_formed(d["conversations"])
        if d["label"] == "structure":
            assert not ok, d["id"] + " should be malformed"
        else:
            assert ok, d["id"] + " is malformed"

    with open(OUT, "w", encoding="utf-8") as f:
        for d in dialogues:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

    # reload line by line
    loaded = []
    with open(OUT, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            loaded.append(json.loads(line))
    assert len(loaded) == 30

    labels = Counter(d["label"] for d in loaded)
    langs = Counter(d["language"] for d in loaded)
    assert labels["good"] == 12 and all(labels[l] == 2 for l in LABELS[1:]), labels
    print("lines:", len(loaded))
    print("labels:", dict(sorted(labels.items())))
    print("languages:", dict(sorted(langs.items())))


if __name__ == "__main__":
    main()
