#!/usr/bin/env python3
"""Build /work/heldout12/part_a.jsonl (ids m12a-001 .. m12a-030) from the a_d*.py modules."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import a_d1, a_d2, a_d3, a_d4, a_d5  # noqa: E402

OUT = os.path.join(HERE, "part_a.jsonl")
FLAWS = ["off_topic", "leakage", "placeholder", "structure", "repetition",
         "non_answer", "misaligned", "bad_length", "contradiction"]


def well_formed(conv):
    """True if alternating human/gpt, starts human, ends gpt, no empty turns, 3-8 user turns."""
    if not conv or len(conv) % 2:
        return False
    for i, t in enumerate(conv):
        if t["from"] != ("human" if i % 2 == 0 else "gpt"):
            return False
        if not t["value"].strip():
            return False
    return 3 <= len(conv) // 2 <= 8


def main():
    dialogues = a_d1.DIALOGUES + a_d2.DIALOGUES + a_d3.DIALOGUES + a_d4.DIALOGUES + a_d5.DIALOGUES
    ids = [d["id"] for d in dialogues]
    assert ids == ["m12a-%03d" % i for i in range(1, 31)], ids
    for d in dialogues:
        assert set(d) == {"id", "label", "language", "note", "conversations"}
        assert d["label"] in ["good"] + FLAWS, d["id"]
        assert "\n" not in d["note"], d["id"]
        for t in d["conversations"]:
            assert set(t) == {"from", "value"} and t["from"] in ("human", "gpt")
        if d["label"] != "structure":
            assert well_formed(d["conversations"]), d["id"]
        else:
            assert not well_formed(d["conversations"]), d["id"]

    with open(OUT, "w", encoding="utf-8") as f:
        for d in dialogues:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

    # reload line by line
    loaded = []
    with open(OUT, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            loaded.append(json.loads(line))
    assert len(loaded) == 30

    labels = collections.Counter(d["label"] for d in loaded)
    langs = collections.Counter(d["language"] for d in loaded)
    assert labels["good"] == 12 and all(labels[k] == 2 for k in FLAWS), labels
    print("wrote", OUT, len(loaded), "lines")
    print("labels:", dict(sorted(labels.items())))
    print("languages:", dict(sorted(langs.items())))
    good_by_lang = collections.Counter(d["language"] for d in loaded if d["label"] == "good")
    print("good by language:", dict(sorted(good_by_lang.items())))
    turns = collections.Counter(sum(t["from"] == "human" for t in d["conversations"]) for d in loaded)
    print("user-turn counts:", dict(sorted(turns.items())))


if __name__ == "__main__":
    main()
