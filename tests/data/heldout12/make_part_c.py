"""Build /work/heldout12/part_c.jsonl from the c_*.py modules and check it."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import c_1, c_2, c_3, c_4, c_5, c_6  # noqa: E402

OUT = os.path.join(HERE, "part_c.jsonl")
LABELS = ["good", "off_topic", "leakage", "placeholder", "structure", "repetition",
          "non_answer", "misaligned", "bad_length", "contradiction"]


def main():
    dialogues = []
    for mod in (c_1, c_2, c_3, c_4, c_5, c_6):
        dialogues.extend(mod.DIALOGUES)
    dialogues.sort(key=lambda d: d["id"])

    with open(OUT, "w", encoding="utf-8") as f:
        for d in dialogues:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

    # ---- checks: reload line by line
    rows = []
    with open(OUT, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            rows.append(json.loads(line))
    ids = [r["id"] for r in rows]
    assert ids == ["m12c-%03d" % i for i in range(1, 31)], ids
    for r in rows:
        assert set(r) == {"id", "label", "language", "note", "conversations"}, r["id"]
        assert r["label"] in LABELS, r["id"]
        conv = r["conversations"]
        assert all(t["from"] in ("human", "gpt") for t in conv), r["id"]
        if r["label"] != "structure":
            n = len(conv) // 2
            assert len(conv) % 2 == 0 and 3 <= n <= 8, (r["id"], len(conv))
            for k, t in enumerate(conv):
                assert t["from"] == ("human" if k % 2 == 0 else "gpt"), r["id"]
                assert t["value"].strip(), r["id"]

    lab = collections.Counter(r["label"] for r in rows)
    lang = collections.Counter(r["language"] for r in rows)
    assert lab["good"] == 12 and all(lab[l] == 2 for l in LABELS[1:]), lab
    print("total", len(rows))
    print("labels", dict(sorted(lab.items())))
    print("languages", dict(sorted(lang.items())))
    turns = collections.Counter(sum(t["from"] == "human" for t in r["conversations"]) for r in rows)
    print("user turns", dict(sorted(turns.items())))


if __name__ == "__main__":
    main()
