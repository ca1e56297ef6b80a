"""Build /work/heldout11/part_b.jsonl (k11b-001 .. k11b-030) from the b_d*.py modules."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import b_d1, b_d2, b_d3, b_d4, b_d5, b_d6  # noqa: E402

OUT = os.path.join(HERE, "part_b.jsonl")
KINDS = ["off_topic", "leakage", "placeholder", "structure", "repetition",
         "non_answer", "misaligned", "bad_length", "contradiction"]


def well_formed(conv):
    roles = [t["from"] for t in conv]
    if not roles or roles[0] != "human" or roles[-1] != "gpt":
        return False
    if any(roles[i] == roles[i + 1] for i in range(len(roles) - 1)):
        return False
    if any(not t["value"].strip() for t in conv):
        return False
    return 3 <= roles.count("human") <= 8


def main():
    items = []
    for m in (b_d1, b_d2, b_d3, b_d4, b_d5, b_d6):
        items.extend(m.DIALOGUES)

    ids = [d["id"] for d in items]
    assert ids == [f"k11b-{i:03d}" for i in range(1, 31)], ids
    for d in items:
        assert set(d) == {"id", "label", "language", "note", "conversations"}
        assert d["label"] in KINDS + ["good"], d["id"]
        assert "\n" not in d["note"], d["id"]
        ok = well_formed(d["conversations"])
        if d["label"] == "structure":
            assert not ok, d["id"]
        else:
            assert ok, d["id"]

    with open(OUT, "w", encoding="utf-8") as f:
        for d in items:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

    # reload line by line
    loaded = []
    with open(OUT, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            loaded.append(json.loads(line))
    assert len(loaded) == 30

    labels = Counter(d["label"] for d in loaded)
    langs = Counter(d["language"] for d in loaded)
    assert labels["good"] == 12 and all(labels[k] == 2 for k in KINDS), labels
    assert langs == Counter({"en": 23, "zh": 2, "ko": 2, "fr": 1, "hi": 1, "el": 1}), langs

    print("lines:", len(loaded))
    print("labels:", dict(sorted(labels.items())))
    print("languages:", dict(sorted(langs.items())))
    print("user turns:", Counter(sum(t["from"] == "human" for t in d["conversations"]) for d in loaded))
    print("by language/label:", sorted(Counter((d["language"], d["label"]) for d in loaded if d["language"] != "en").items()))


if __name__ == "__main__":
    main()
