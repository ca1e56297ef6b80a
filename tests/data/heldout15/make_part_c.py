#!/usr/bin/env python3
"""Build /work/heldout15/part_c.jsonl (30 hand-written dialogues, ids m15c-001..030)."""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from c_good_en import GOOD_EN
from c_flaw_en import FLAW_EN
from c_intl_good import INTL_GOOD
from c_intl_flaw import INTL_FLAW

OUT = os.path.join(HERE, "part_c.jsonl")
ROLE = {"h": "human", "g": "gpt"}


def to_record(item, idx):
    return {
        "id": f"m15c-{idx:03d}",
        "label": item["label"],
        "language": item["language"],
        "note": item["note"],
        "conversations": [{"from": ROLE[r], "value": t} for r, t in item["turns"]],
    }


def well_formed(conv):
    if not conv or conv[0]["from"] != "human" or conv[-1]["from"] != "gpt":
        return False
    for i, m in enumerate(conv):
        if m["from"] != ("human" if i % 2 == 0 else "gpt"):
            return False
        if not m["value"].strip():
            return False
    n_user = sum(1 for m in conv if m["from"] == "human")
    return 3 <= n_user <= 8


def main():
    items = GOOD_EN + FLAW_EN + INTL_GOOD + INTL_FLAW
    assert len(items) == 30, len(items)

    # Shuffle label order across ids; re-draw until no label appears 3 times in a row
    # and no two 'good' sit next to each other more than twice.
    rng = random.Random(1515)
    while True:
        order = items[:]
        rng.shuffle(order)
        labels = [d["label"] for d in order]
        runs_ok = all(not (labels[i] == labels[i + 1] == labels[i + 2]) for i in range(len(labels) - 2))
        flaw_pairs = sum(1 for i in range(len(labels) - 1)
                         if labels[i] == labels[i + 1] and labels[i] != "good")
        if runs_ok and flaw_pairs == 0:
            break

    records = [to_record(d, i + 1) for i, d in enumerate(order)]
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # ---- check: load line by line
    loaded = []
    with open(OUT, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            loaded.append(json.loads(line))
    assert len(loaded) == 30
    assert [r["id"] for r in loaded] == [f"m15c-{i:03d}" for i in range(1, 31)]

    placeholder_re = re.compile(r"\[[A-Z][A-Za-zİ ]+\]|\{[a-z_]+\}|<insert|XXX|lorem ipsum", re.I)
    for r in loaded:
        conv = r["conversations"]
        if r["label"] != "structure":
            assert well_formed(conv), r["id"]
        else:
            assert not well_formed(conv), r["id"]
        if r["label"] != "placeholder":
            for m in conv:
                assert not placeholder_re.search(m["value"]), (r["id"], placeholder_re.search(m["value"]).group(0))
        if r["label"] != "leakage":
            for m in conv:
                assert "language model" not in m["value"].lower(), r["id"]

    print(f"wrote {OUT}: {len(loaded)} lines, all load as JSON")
    print("labels:", dict(sorted(Counter(r["label"] for r in loaded).items())))
    print("languages:", dict(sorted(Counter(r["language"] for r in loaded).items())))


if __name__ == "__main__":
    main()
