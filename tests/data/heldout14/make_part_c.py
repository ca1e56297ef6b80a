"""Build /work/heldout14/part_c.jsonl (ids m14c-001 .. m14c-030)."""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from c_good_en import GOOD_EN
from c_flaw_en import FLAW_EN
from c_intl_a import INTL_A
from c_intl_b import INTL_B

OUT = os.path.join(HERE, "part_c.jsonl")


def order(items, seed=14):
    """Shuffle so that no two adjacent dialogues share a label."""
    rng = random.Random(seed)
    for _ in range(10000):
        xs = items[:]
        rng.shuffle(xs)
        if all(xs[i]["label"] != xs[i + 1]["label"] for i in range(len(xs) - 1)):
            return xs
    raise RuntimeError("could not find an ungrouped order")


def main():
    items = GOOD_EN + FLAW_EN + INTL_A + INTL_B
    assert len(items) == 30, len(items)
    items = order(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            rec = {
                "id": "m14c-%03d" % i,
                "label": it["label"],
                "language": it["language"],
                "note": it["note"],
                "conversations": [{"from": r, "value": v} for r, v in it["turns"]],
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # verification: load line by line
    labels, langs = Counter(), Counter()
    with open(OUT, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            rec = json.loads(line)
            assert rec["id"] == "m14c-%03d" % n
            assert "\n" not in rec["note"]
            conv = rec["conversations"]
            roles = [c["from"] for c in conv]
            ok = (
                len(conv) >= 6 and roles[0] == "human" and roles[-1] == "gpt"
                and all(roles[i] != roles[i + 1] for i in range(len(roles) - 1))
                and all(c["value"].strip() for c in conv)
                and len(conv) <= 16
            )
            if rec["label"] != "structure":
                assert ok, rec["id"]
            else:
                assert not ok, rec["id"]
            labels[rec["label"]] += 1
            langs[rec["language"]] += 1
    print(OUT, sum(labels.values()), "lines")
    print("labels:", dict(sorted(labels.items())))
    print("languages:", dict(sorted(langs.items())))


if __name__ == "__main__":
    main()
