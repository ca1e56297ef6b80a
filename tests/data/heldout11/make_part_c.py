#!/usr/bin/env python3
"""Build /work/heldout11/part_c.jsonl (ids k11c-001 .. k11c-030).

Dialogue texts live in c_part1.py, c_part2.py, c_part3.py beside this script.
Entries give either `pairs` (list of (human, gpt)) or `conv` (explicit (role, text)
list, used only for the malformed `structure` cases). Misaligned dialogues are written
correctly aligned and then permuted here with `reply_order`.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import c_part1  # noqa: E402
import c_part2  # noqa: E402
import c_part3  # noqa: E402

OUT = os.path.join(HERE, "part_c.jsonl")

LABELS = ["good", "off_topic", "leakage", "placeholder", "structure", "repetition",
          "non_answer", "misaligned", "bad_length", "contradiction"]
EXPECTED_LABELS = {"good": 12, **{k: 2 for k in LABELS if k != "good"}}
EXPECTED_LANGS = {"en": 23, "zh": 2, "ja": 1, "es": 1, "ru": 1, "th": 1, "fi": 1}


def build(entry):
    if "conv" in entry:
        conv = [{"from": r, "value": t} for r, t in entry["conv"]]
    else:
        pairs = entry["pairs"]
        order = entry.get("reply_order", list(range(len(pairs))))
        assert sorted(order) == list(range(len(pairs))), entry["id"]
        conv = []
        for i, (h, _) in enumerate(pairs):
            conv.append({"from": "human", "value": h})
            conv.append({"from": "gpt", "value": pairs[order[i]][1]})
    return {
        "id": entry["id"],
        "label": entry["label"],
        "language": entry["language"],
        "note": entry["note"],
        "conversations": conv,
    }


def well_formed(conv):
    """True if the dialogue satisfies the structural rules of a good dialogue."""
    if len(conv) < 6 or len(conv) % 2:
        return False
    for i, t in enumerate(conv):
        if t["from"] != ("human" if i % 2 == 0 else "gpt"):
            return False
        if not t["value"].strip():
            return False
    return 3 <= len(conv) // 2 <= 8


def main():
    entries = c_part1.DIALOGUES + c_part2.DIALOGUES + c_part3.DIALOGUES
    records = [build(e) for e in entries]

    ids = [r["id"] for r in records]
    assert ids == [f"k11c-{i:03d}" for i in range(1, 31)], ids
    for r in records:
        assert r["label"] in LABELS, r["id"]
        assert "\n" not in r["note"], r["id"]
        ok = well_formed(r["conversations"])
        if r["label"] == "structure":
            assert not ok, f"{r['id']} should be malformed"
        else:
            assert ok, f"{r['id']} is malformed"

    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # Reload line by line and check counts.
    loaded = []
    with open(OUT, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            loaded.append(json.loads(line))
    assert len(loaded) == 30

    lab = Counter(r["label"] for r in loaded)
    lang = Counter(r["language"] for r in loaded)
    assert dict(lab) == EXPECTED_LABELS, lab
    assert dict(lang) == EXPECTED_LANGS, lang

    print(f"wrote {len(loaded)} dialogues to {OUT}")
    print("labels:", ", ".join(f"{k}={lab[k]}" for k in LABELS))
    print("languages:", ", ".join(f"{k}={v}" for k, v in lang.most_common()))
    turns = Counter(sum(t["from"] == "human" for t in r["conversations"]) for r in loaded)
    print("user turns:", dict(sorted(turns.items())))


if __name__ == "__main__":
    main()
