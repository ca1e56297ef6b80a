"""Write part a (i9a-001..i9a-030) of the held-out set to part_a.jsonl.

All dialogue texts are hand-written plain string literals in a_d01.py, a_d02.py, a_d03.py.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from a_d01 import DIALOGUES as D1  # noqa: E402
from a_d02 import DIALOGUES as D2  # noqa: E402
from a_d03 import DIALOGUES as D3  # noqa: E402

OUT = os.path.join(HERE, "part_a.jsonl")

LABELS = {"good", "off_topic", "leakage", "placeholder", "structure", "repetition",
          "non_answer", "misaligned", "bad_length", "contradiction"}


def well_formed(conv):
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
    records = D1 + D2 + D3
    ids = [r["id"] for r in records]
    assert ids == ["i9a-%03d" % i for i in range(1, 31)], ids
    for r in records:
        assert r["label"] in LABELS, r["id"]
        assert r["note"] and "\n" not in r["note"], r["id"]
        if r["label"] == "structure":
            assert not well_formed(r["conversations"]), r["id"]
        else:
            assert well_formed(r["conversations"]), r["id"]

    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # reload line by line
    loaded = []
    with open(OUT, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            loaded.append(json.loads(line))
    assert len(loaded) == 30

    print("records:", len(loaded))
    print("labels:", dict(sorted(Counter(r["label"] for r in loaded).items())))
    print("languages:", dict(sorted(Counter(r["language"] for r in loaded).items())))
    print("user turns:", dict(sorted(Counter(
        sum(1 for t in r["conversations"] if t["from"] == "human") for r in loaded).items())))


if __name__ == "__main__":
    main()
