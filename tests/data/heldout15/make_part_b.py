#!/usr/bin/env python3
"""Build /work/heldout15/part_b.jsonl (ids m15b-001 .. m15b-030)."""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import b_good_en, b_good_intl, b_flaw_en1, b_flaw_en2, b_flaw_intl  # noqa: E402

OUT = os.path.join(HERE, "part_b.jsonl")
FLAWS = ["off_topic", "leakage", "placeholder", "structure", "repetition",
         "non_answer", "misaligned", "bad_length", "contradiction"]


def check_well_formed(d):
    t = d["turns"]
    roles = [r for r, _ in t]
    assert roles[0] == "human" and roles[-1] == "gpt", d["note"]
    assert all(roles[i] != roles[i + 1] for i in range(len(roles) - 1)), d["note"]
    assert all(v.strip() for _, v in t), d["note"]
    n_user = roles.count("human")
    assert 3 <= n_user <= 8, (n_user, d["note"])


def main():
    all_d = (b_good_en.DIALOGUES + b_good_intl.DIALOGUES + b_flaw_en1.DIALOGUES
             + b_flaw_en2.DIALOGUES + b_flaw_intl.DIALOGUES)
    assert len(all_d) == 30, len(all_d)

    labels = Counter(d["label"] for d in all_d)
    assert labels["good"] == 12, labels
    for f in FLAWS:
        assert labels[f] == 2, (f, labels)
    langs = Counter(d["language"] for d in all_d)
    assert langs == Counter({"en": 20, "zh": 2, "ja": 2, "ko": 1, "fr": 1,
                             "it": 1, "ru": 1, "ar": 1, "fi": 1}), langs

    for d in all_d:
        if d["label"] != "structure":
            check_well_formed(d)

    # Shuffle so labels are not grouped: no two neighbours share a flaw label,
    # and no more than two "good" in a row.
    rng = random.Random(1515)
    order = list(all_d)
    while True:
        rng.shuffle(order)
        ok = True
        for i in range(1, len(order)):
            a, b = order[i - 1]["label"], order[i]["label"]
            if a == b and a != "good":
                ok = False
                break
            if i >= 2 and a == b == order[i - 2]["label"] == "good":
                ok = False
                break
        if ok:
            break

    with open(OUT, "w", encoding="utf-8") as fh:
        for i, d in enumerate(order, 1):
            rec = {
                "id": f"m15b-{i:03d}",
                "label": d["label"],
                "language": d["language"],
                "note": d["note"],
                "conversations": [{"from": r, "value": v} for r, v in d["turns"]],
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # Verify: load line by line.
    recs = []
    with open(OUT, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            recs.append(json.loads(line))
    assert [r["id"] for r in recs] == [f"m15b-{i:03d}" for i in range(1, 31)]
    print(f"loaded {len(recs)} records from {OUT}")
    print("per label:", dict(sorted(Counter(r["label"] for r in recs).items())))
    print("per language:", dict(sorted(Counter(r["language"] for r in recs).items())))


if __name__ == "__main__":
    main()
