#!/usr/bin/env python3
"""Build /work/heldout14/part_a.jsonl (ids m14a-001 .. m14a-030) from the a_*.py modules."""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import a_en1, a_en2, a_intl1, a_intl2  # noqa: E402

OUT = os.path.join(HERE, "part_a.jsonl")
FLAWS = ["off_topic", "leakage", "placeholder", "structure", "repetition",
         "non_answer", "misaligned", "bad_length", "contradiction"]
EXPECTED_LANG = {"en": 20, "zh": 2, "ja": 1, "de": 1, "es": 1, "pl": 1,
                 "tr": 1, "nl": 1, "vi": 1, "pt": 1}


def well_formed(turns):
    """True if the dialogue satisfies the structural rules of a good dialogue."""
    if not turns or turns[0][0] != "human" or turns[-1][0] != "gpt":
        return False
    for i, (role, text) in enumerate(turns):
        if role != ("human" if i % 2 == 0 else "gpt"):
            return False
        if not text.strip():
            return False
    n_user = sum(1 for r, _ in turns if r == "human")
    return 3 <= n_user <= 8


def main():
    items = a_en1.ITEMS + a_en2.ITEMS + a_intl1.ITEMS + a_intl2.ITEMS
    assert len(items) == 30, len(items)

    labels = Counter(it["label"] for it in items)
    assert labels["good"] == 12, labels
    for f in FLAWS:
        assert labels[f] == 2, (f, labels)
    assert Counter(it["language"] for it in items) == Counter(EXPECTED_LANG)

    for it in items:
        ok = well_formed(it["turns"])
        if it["label"] == "structure":
            assert not ok, it["note"]
        else:
            assert ok, it["note"]

    # shuffle so kinds are not grouped: no two neighbours share a label,
    # and no two neighbours share a non-English language
    rng = random.Random(1402)
    for _ in range(100000):
        rng.shuffle(items)
        if all(items[i]["label"] != items[i + 1]["label"] for i in range(29)) and \
           all(not (items[i]["language"] == items[i + 1]["language"] != "en") for i in range(29)):
            break
    else:
        raise SystemExit("could not find a good shuffle")

    with open(OUT, "w", encoding="utf-8") as fh:
        for n, it in enumerate(items, 1):
            rec = {
                "id": f"m14a-{n:03d}",
                "label": it["label"],
                "language": it["language"],
                "note": it["note"],
                "conversations": [{"from": r, "value": t} for r, t in it["turns"]],
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # reload line by line and report
    recs = []
    with open(OUT, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            recs.append(json.loads(line))
    ids = [r["id"] for r in recs]
    assert ids == [f"m14a-{i:03d}" for i in range(1, 31)]
    print(f"{OUT}: {len(recs)} lines loaded OK")
    print("labels:", dict(sorted(Counter(r["label"] for r in recs).items())))
    print("languages:", dict(sorted(Counter(r["language"] for r in recs).items())))
    for r in recs:
        words = [len(t["value"].split()) for t in r["conversations"] if t["from"] == "gpt"]
        print(r["id"], r["label"], r["language"], len(r["conversations"]), words)


if __name__ == "__main__":
    main()
