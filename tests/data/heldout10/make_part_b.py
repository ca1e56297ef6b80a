"""Build part b of the held-out set (j10b-001..030) from the hand-written
dialogue modules b_good1, b_good2, b_flaw1, b_flaw2 and write part_b.jsonl."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import b_good1, b_good2, b_flaw1, b_flaw2  # noqa: E402

ROLE = {"h": "human", "g": "gpt"}
OUT = os.path.join(HERE, "part_b.jsonl")


def build(d):
    return {
        "id": d["id"],
        "label": d["label"],
        "language": d["language"],
        "note": d["note"],
        "conversations": [{"from": ROLE[r], "value": v} for r, v in d["turns"]],
    }


def well_formed(conv):
    if len(conv) < 6 or len(conv) % 2:
        return False
    for i, t in enumerate(conv):
        if t["from"] != ("human" if i % 2 == 0 else "gpt") or not t["value"].strip():
            return False
    return True


def main():
    dialogues = b_good1.D + b_good2.D + b_flaw1.D + b_flaw2.D
    recs = [build(d) for d in dialogues]
    ids = [r["id"] for r in recs]
    assert ids == ["j10b-%03d" % i for i in range(1, 31)], ids
    for r in recs:
        ok = well_formed(r["conversations"])
        # every dialogue except the structure ones must be well formed (3-8 user turns)
        if r["label"] == "structure":
            assert not ok, r["id"]
        else:
            assert ok and 3 <= len(r["conversations"]) // 2 <= 8, r["id"]
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # reload line by line
    loaded = []
    with open(OUT, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            loaded.append(json.loads(line))
    print("lines loaded:", len(loaded))
    print("labels:", dict(sorted(Counter(r["label"] for r in loaded).items())))
    print("languages:", dict(sorted(Counter(r["language"] for r in loaded).items())))


if __name__ == "__main__":
    main()
