"""Build /work/heldout14/part_b.jsonl (ids m14b-001 .. m14b-030) from the hand-written
dialogues in the b_*.py helper modules, then re-load and validate the file."""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import b_good1, b_good2, b_flaw1, b_flaw2  # noqa: E402

OUT = os.path.join(HERE, "part_b.jsonl")
ROLE = {"h": "human", "g": "gpt"}
FLAWS = ["off_topic", "leakage", "placeholder", "structure", "repetition",
         "non_answer", "misaligned", "bad_length", "contradiction"]


def well_formed(convs):
    if not convs or convs[0]["from"] != "human" or convs[-1]["from"] != "gpt":
        return False
    for i, t in enumerate(convs):
        if t["from"] != ("human" if i % 2 == 0 else "gpt") or not t["value"].strip():
            return False
    return 3 <= len(convs) // 2 <= 8


def main():
    items = b_good1.DIALOGUES + b_good2.DIALOGUES + b_flaw1.DIALOGUES + b_flaw2.DIALOGUES
    assert len(items) == 30, len(items)

    # shuffle so that kinds are not grouped: no two neighbouring dialogues share a flaw label
    rng = random.Random(1402)
    while True:
        order = items[:]
        rng.shuffle(order)
        labels = [d["label"] for d in order]
        if all(not (a == b and a != "good") for a, b in zip(labels, labels[1:])) and \
           max(len(list(g)) for g in _runs(labels)) <= 2:
            break

    with open(OUT, "w", encoding="utf-8") as f:
        for n, d in enumerate(order, 1):
            rec = {
                "id": f"m14b-{n:03d}",
                "label": d["label"],
                "language": d["language"],
                "note": d["note"],
                "conversations": [{"from": ROLE[r], "value": v} for r, v in d["turns"]],
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # ---- validate by loading line by line
    recs = []
    with open(OUT, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            recs.append(json.loads(line))
    assert [r["id"] for r in recs] == [f"m14b-{i:03d}" for i in range(1, 31)]
    for r in recs:
        ok = well_formed(r["conversations"])
        if r["label"] == "structure":
            assert not ok, r["id"]
        else:
            assert ok, r["id"]
        assert "\n" not in r["note"]

    lab = Counter(r["label"] for r in recs)
    lang = Counter(r["language"] for r in recs)
    assert lab["good"] == 12 and all(lab[k] == 2 for k in FLAWS), lab
    assert lang == Counter({"en": 21, "zh": 2, "ja": 1, "ko": 1, "ru": 1,
                            "fr": 1, "it": 1, "hi": 1, "sv": 1}), lang

    print(f"wrote {len(recs)} dialogues to {OUT}")
    print("labels:   ", dict(sorted(lab.items())))
    print("languages:", dict(sorted(lang.items())))
    print("order:    ", " ".join(f"{r['id'][-3:]}:{r['label']}/{r['language']}" for r in recs))


def _runs(seq):
    run = []
    for x in seq:
        if run and run[-1] != x:
            yield run
            run = []
        run.append(x)
    if run:
        yield run


if __name__ == "__main__":
    main()
