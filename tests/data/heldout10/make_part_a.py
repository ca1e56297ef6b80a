"""Assemble part "a" of the held-out set (ids j10a-001 .. j10a-030).

All dialogue texts are hand-written plain string literals in the a_*.py modules
of this folder; this script only orders them, assigns ids, validates the
format, writes part_a.jsonl and prints counts.
"""
import json
import os
import random
import re
from collections import Counter

import a_good1
import a_good2
import a_flaw1
import a_flaw2

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part_a.jsonl")

LABELS = ["good", "off_topic", "leakage", "placeholder", "structure", "repetition",
          "non_answer", "misaligned", "bad_length", "contradiction"]


def well_formed(conv):
    """True if the dialogue is a well-formed multi-turn dialogue."""
    if not conv or conv[0]["from"] != "human" or conv[-1]["from"] != "gpt":
        return False
    for i, turn in enumerate(conv):
        if turn["from"] != ("human" if i % 2 == 0 else "gpt"):
            return False
        if not turn["value"].strip():
            return False
    n_user = sum(1 for t in conv if t["from"] == "human")
    return 3 <= n_user <= 8


def main():
    dialogues = (a_good1.DIALOGUES + a_good2.DIALOGUES
                 + a_flaw1.DIALOGUES + a_flaw2.DIALOGUES)
    assert len(dialogues) == 30, len(dialogues)

    # Interleave labels deterministically so ids don't reveal the label.
    order = list(range(len(dialogues)))
    random.Random(20241010).shuffle(order)

    records = []
    for n, idx in enumerate(order, start=1):
        d = dialogues[idx]
        assert d["label"] in LABELS, d["label"]
        wf = well_formed(d["conversations"])
        if d["label"] == "structure":
            assert not wf, "structure dialogue is well formed: %s" % d["note"]
        else:
            assert wf, "malformed non-structure dialogue: %s" % d["note"]
        records.append({
            "id": "j10a-%03d" % n,
            "label": d["label"],
            "language": d["language"],
            "note": d["note"],
            "conversations": d["conversations"],
        })

    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # Reload line by line.
    loaded = []
    with open(OUT, encoding="utf-8") as f:
        for line in f:
            loaded.append(json.loads(line))
    assert len(loaded) == 30
    assert [r["id"] for r in loaded] == ["j10a-%03d" % i for i in range(1, 31)]

    # Sanity scan for stray slot-like tokens outside placeholder dialogues.
    sus = re.compile(r"\[[A-Z_ ]{3,}|\{\{|\}\}|<insert|XXX|TODO|lorem|\$NN|UZUPE", re.I)
    for r in loaded:
        if r["label"] == "placeholder":
            continue
        for t in r["conversations"]:
            m = sus.search(t["value"])
            if m:
                print("check:", r["id"], r["label"], repr(m.group(0)))

    # Length overview of good dialogues.
    for r in loaded:
        if r["label"] == "good":
            words = [len(t["value"].split()) for t in r["conversations"] if t["from"] == "gpt"]
            print("%s good %s user_turns=%d reply_words=%s" % (
                r["id"], r["language"],
                sum(1 for t in r["conversations"] if t["from"] == "human"), words))

    print("total:", len(loaded))
    print("labels:", dict(Counter(r["label"] for r in loaded)))
    print("languages:", dict(Counter(r["language"] for r in loaded)))


if __name__ == "__main__":
    main()
