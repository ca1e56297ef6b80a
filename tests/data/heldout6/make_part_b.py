#!/usr/bin/env python3
"""Writes /work/heldout6/part-b.jsonl (30 hand-written labelled dialogues, ids h6b-001..h6b-030)."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import hb_part1, hb_part2, hb_part3

OUT = os.path.join(HERE, "part-b.jsonl")
LABELS = {"good", "off_topic", "leakage", "placeholder", "structure", "repetition",
          "non_answer", "misaligned", "bad_length", "contradiction"}

def main():
    dialogues = hb_part1.DIALOGUES + hb_part2.DIALOGUES + hb_part3.DIALOGUES
    dialogues.sort(key=lambda d: d["id"])
    with open(OUT, "w", encoding="utf-8") as f:
        for d in dialogues:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

    # verification
    rows = []
    with open(OUT, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            rows.append(json.loads(line))
    assert len(rows) == 30, len(rows)
    assert [r["id"] for r in rows] == ["h6b-%03d" % i for i in range(1, 31)]
    for r in rows:
        assert set(r) == {"id", "label", "language", "note", "conversations"}, r["id"]
        assert r["label"] in LABELS, r["id"]
        assert r["note"] and "\n" not in r["note"], r["id"]
        conv = r["conversations"]
        assert isinstance(conv, list) and conv, r["id"]
        for t in conv:
            assert set(t) == {"from", "value"} and t["from"] in ("human", "gpt"), r["id"]
            assert isinstance(t["value"], str), r["id"]
        if r["label"] != "structure":
            n = len(conv)
            assert n % 2 == 0 and 6 <= n <= 16, (r["id"], n)
            for i, t in enumerate(conv):
                assert t["from"] == ("human" if i % 2 == 0 else "gpt"), r["id"]
                assert t["value"].strip(), r["id"]
    labels = Counter(r["label"] for r in rows)
    langs = Counter(r["language"] for r in rows)
    good_langs = Counter(r["language"] for r in rows if r["label"] == "good")
    print("wrote", OUT, "with", len(rows), "dialogues")
    print("labels:", dict(sorted(labels.items())))
    print("languages:", dict(sorted(langs.items())))
    print("good by language:", dict(sorted(good_langs.items())))

if __name__ == "__main__":
    main()
