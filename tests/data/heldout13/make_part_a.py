#!/usr/bin/env python3
"""Assemble part A of the held-out set from the hand-written a_d*.py modules,
validate it, write part_a.jsonl, reload it and print counts."""
import collections
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

MODULES = ["a_d1", "a_d2", "a_d3", "a_d4", "a_d5", "a_d6", "a_d7"]
OUT = os.path.join(HERE, "part_a.jsonl")

FLAWS = ["off_topic", "leakage", "placeholder", "structure", "repetition",
         "non_answer", "misaligned", "bad_length", "contradiction"]
LABELS = ["good"] + FLAWS
EXPECTED_LABELS = {"good": 12, **{f: 2 for f in FLAWS}}
OTHER_LANGS = ["zh", "ja", "pt", "ru", "hi", "cs", "th", "el", "he", "fi"]
EXPECTED_LANGS = {"en": 20, **{l: 1 for l in OTHER_LANGS}}
MAX_MODULE_BYTES = 46 * 1024


def well_formed_problems(conv):
    """Return a list of structural problems (empty list = well formed)."""
    probs = []
    if not isinstance(conv, list) or not conv:
        return ["empty conversation"]
    for i, t in enumerate(conv):
        if set(t.keys()) != {"from", "value"}:
            probs.append(f"turn {i}: bad keys {sorted(t.keys())}")
        if t.get("from") not in ("human", "gpt"):
            probs.append(f"turn {i}: bad role {t.get('from')!r}")
        if not isinstance(t.get("value"), str) or not t.get("value", "").strip():
            probs.append(f"turn {i}: empty value")
    if conv[0].get("from") != "human":
        probs.append("does not start with human")
    if conv[-1].get("from") != "gpt":
        probs.append("does not end with gpt")
    for i in range(1, len(conv)):
        if conv[i].get("from") == conv[i - 1].get("from"):
            probs.append(f"turns {i - 1},{i}: same role twice")
    n_user = sum(1 for t in conv if t.get("from") == "human")
    if not 3 <= n_user <= 8:
        probs.append(f"{n_user} user turns (need 3-8)")
    return probs


def main():
    dialogues = []
    for m in MODULES:
        path = os.path.join(HERE, m + ".py")
        size = os.path.getsize(path)
        assert size <= MAX_MODULE_BYTES, f"{m}.py is {size} bytes"
        mod = importlib.import_module(m)
        dialogues.extend(mod.DIALOGUES)

    # ids
    ids = [d["id"] for d in dialogues]
    expected_ids = [f"m13a-{i:03d}" for i in range(1, 31)]
    assert sorted(ids) == expected_ids, f"ids mismatch: {sorted(ids)}"
    dialogues.sort(key=lambda d: d["id"])

    errors = []
    for d in dialogues:
        assert set(d.keys()) == {"id", "label", "language", "note", "conversations"}, d["id"]
        if d["label"] not in LABELS:
            errors.append(f"{d['id']}: unknown label {d['label']}")
        if not d["note"].strip() or "\n" in d["note"]:
            errors.append(f"{d['id']}: note must be one non-empty line")
        probs = well_formed_problems(d["conversations"])
        if d["label"] == "structure":
            if not probs:
                errors.append(f"{d['id']}: labelled structure but is well formed")
        elif probs:
            errors.append(f"{d['id']}: should be well formed: {probs}")
        # no unintended template slots in non-placeholder dialogues
        if d["label"] != "placeholder":
            for t in d["conversations"]:
                v = t["value"]
                for bad in ("{{", "}}", "[Your", "lorem ipsum", "<insert", "【"):
                    if bad in v:
                        errors.append(f"{d['id']}: suspicious '{bad}'")

    labels = collections.Counter(d["label"] for d in dialogues)
    langs = collections.Counter(d["language"] for d in dialogues)
    if dict(labels) != EXPECTED_LABELS:
        errors.append(f"label counts {dict(labels)} != {EXPECTED_LABELS}")
    if dict(langs) != EXPECTED_LANGS:
        errors.append(f"language counts {dict(langs)} != {EXPECTED_LANGS}")
    # labels must not be grouped: no two consecutive dialogues with the same flaw label
    seq = [d["label"] for d in dialogues]
    for a, b in zip(seq, seq[1:]):
        if a == b and a != "good":
            errors.append(f"consecutive identical flaw labels: {a}")

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)

    with open(OUT, "w", encoding="utf-8") as f:
        for d in dialogues:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

    # reload and re-check
    reloaded = []
    with open(OUT, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            reloaded.append(json.loads(line))
    assert len(reloaded) == 30
    assert [r["id"] for r in reloaded] == expected_ids

    print(f"wrote {OUT}: {len(reloaded)} dialogues, all lines load")
    print("labels:")
    for lab in LABELS:
        print(f"  {lab:14s} {collections.Counter(r['label'] for r in reloaded)[lab]}")
    print("languages:")
    for lang, n in sorted(collections.Counter(r["language"] for r in reloaded).items(),
                          key=lambda x: (-x[1], x[0])):
        print(f"  {lang:3s} {n}")
    users = collections.Counter(sum(1 for t in r["conversations"] if t["from"] == "human")
                                for r in reloaded)
    print("user-turn counts:", dict(sorted(users.items())))


if __name__ == "__main__":
    main()
