"""Build /work/heldout16/part_a.jsonl (ids m16a-001 .. m16a-030)."""
import json
import os
import random
import re
from collections import Counter

import a_en_good
import a_en_flaw1
import a_en_flaw2
import a_en_flaw3
import a_intl1
import a_intl2

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part_a.jsonl")

FLAWS = ["off_topic", "leakage", "placeholder", "structure", "repetition",
         "non_answer", "misaligned", "bad_length", "contradiction"]


def well_formed(conv):
    if not conv or conv[0]["from"] != "human" or conv[-1]["from"] != "gpt":
        return False
    for i, t in enumerate(conv):
        if t["from"] != ("human" if i % 2 == 0 else "gpt"):
            return False
        if not t["value"].strip():
            return False
    n_user = sum(t["from"] == "human" for t in conv)
    return 3 <= n_user <= 8


def main():
    items = (a_en_good.DIALOGUES + a_en_flaw1.DIALOGUES + a_en_flaw2.DIALOGUES
             + a_en_flaw3.DIALOGUES + a_intl1.DIALOGUES + a_intl2.DIALOGUES)
    assert len(items) == 30, len(items)
    labels = Counter(d["label"] for d in items)
    assert labels["good"] == 12, labels
    for f in FLAWS:
        assert labels[f] == 2, (f, labels)
    langs = Counter(d["language"] for d in items)
    assert langs["en"] == 20, langs
    for l in ["ja", "ko", "de", "fr", "es", "ro", "el", "id"]:
        assert langs[l] == 1, (l, langs)
    assert langs["zh"] == 2, langs
    non_en_good = sum(1 for d in items if d["language"] != "en" and d["label"] == "good")
    assert non_en_good >= 4

    placeholder_re = re.compile(r"\[[A-ZĂÂÎȘȚ _]{3,}\]|<insert|\{[a-z_]+\}|XXX|lorem ipsum|\[your", re.I)
    for d in items:
        conv = d["conversations"]
        if d["label"] != "structure":
            assert well_formed(conv), d["note"]
        else:
            assert not well_formed(conv), d["note"]
        text = "\n".join(t["value"] for t in conv)
        if d["label"] != "placeholder":
            assert not placeholder_re.search(text), (d["note"], placeholder_re.search(text))
        else:
            assert placeholder_re.search(text), d["note"]

    # shuffle so labels are not grouped: no two adjacent items share a label
    seed = 16
    while True:
        rng = random.Random(seed)
        order = items[:]
        rng.shuffle(order)
        if all(order[i]["label"] != order[i + 1]["label"] for i in range(len(order) - 1)):
            break
        seed += 1

    with open(OUT, "w", encoding="utf-8") as fh:
        for i, d in enumerate(order, 1):
            rec = {"id": f"m16a-{i:03d}", "label": d["label"], "language": d["language"],
                   "note": d["note"], "conversations": d["conversations"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # verify: load line by line
    lab, lang, ids = Counter(), Counter(), []
    with open(OUT, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            ids.append(rec["id"])
            lab[rec["label"]] += 1
            lang[rec["language"]] += 1
    assert ids == [f"m16a-{i:03d}" for i in range(1, 31)]
    print("file:", OUT, "lines:", len(ids))
    print("labels:", dict(sorted(lab.items())))
    print("languages:", dict(sorted(lang.items())))


if __name__ == "__main__":
    main()
