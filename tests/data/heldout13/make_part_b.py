# -*- coding: utf-8 -*-
"""Assemble, validate and write /work/heldout13/part_b.jsonl from the b_*.py modules."""
import importlib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "part_b.jsonl")

MODULES = ["b_1", "b_2", "b_3", "b_4", "b_5", "b_6", "b_7", "b_8"]
FLAWS = ["off_topic", "leakage", "placeholder", "structure", "repetition",
         "non_answer", "misaligned", "bad_length", "contradiction"]
EXPECTED_LABELS = {"good": 12, **{f: 2 for f in FLAWS}}
EXPECTED_LANGS = {"en": 21, "zh": 2, "ja": 1, "ko": 1, "de": 1, "fr": 1,
                  "es": 1, "ru": 1, "pt": 1}


def well_formed(conv):
    """Return (ok, reason) for the good-dialogue structural rules."""
    if not conv:
        return False, "empty"
    for i, t in enumerate(conv):
        if t["from"] not in ("human", "gpt"):
            return False, f"bad role at {i}"
        if not isinstance(t["value"], str) or not t["value"].strip():
            return False, f"empty turn at {i}"
    if conv[0]["from"] != "human":
        return False, "does not start with human"
    if conv[-1]["from"] != "gpt":
        return False, "does not end with gpt"
    for i in range(1, len(conv)):
        if conv[i]["from"] == conv[i - 1]["from"]:
            return False, f"two {conv[i]['from']} turns in a row at {i}"
    n_user = sum(1 for t in conv if t["from"] == "human")
    if not 3 <= n_user <= 8:
        return False, f"{n_user} user turns"
    return True, "ok"


# Heuristic scans so that flaws do not leak into dialogues of other labels.
PLACEHOLDER_RE = re.compile(
    r"\[[A-Z][A-Z _]{2,}\]|\{\{|<[Ii]nsert|\[Your |\bXXX\b|[Ll]orem ipsum|\[文件名\]|<插入")
LEAK_RE = re.compile(
    r"as an ai|language model|generator note|here is the response|user query \d|"
    r"step \d+ \(|for turn \d|turn \d+:|\(turn \d|\"from\":|assistant:|human:",
    re.IGNORECASE)


def main():
    for m in MODULES:
        size = os.path.getsize(os.path.join(HERE, m + ".py"))
        assert size < 46_000, f"{m}.py too large: {size}"

    records = []
    for m in MODULES:
        mod = importlib.import_module(m)
        for d in mod.DIALOGUES:
            conv = [{"from": r, "value": v} for r, v in d["conv"]]
            records.append({
                "id": d["id"],
                "label": d["label"],
                "language": d["language"],
                "note": d["note"],
                "conversations": conv,
            })

    records.sort(key=lambda r: r["id"])
    ids = [r["id"] for r in records]
    assert ids == [f"m13b-{i:03d}" for i in range(1, 31)], ids

    labels = Counter(r["label"] for r in records)
    assert dict(labels) == EXPECTED_LABELS, labels
    langs = Counter(r["language"] for r in records)
    assert dict(langs) == EXPECTED_LANGS, langs

    # labels shuffled: no run of 3+ identical labels
    seq = [r["label"] for r in records]
    for i in range(len(seq) - 2):
        assert not (seq[i] == seq[i + 1] == seq[i + 2]), f"label run at {ids[i]}"

    problems = []
    for r in records:
        ok, why = well_formed(r["conversations"])
        if r["label"] == "structure":
            if ok:
                problems.append(f"{r['id']}: structure-labelled but well formed")
        elif not ok:
            problems.append(f"{r['id']}: malformed ({why})")
        assert "\n" not in r["note"], r["id"]
        text = "\n".join(t["value"] for t in r["conversations"])
        if r["label"] != "placeholder" and PLACEHOLDER_RE.search(text):
            problems.append(f"{r['id']}: placeholder-like text: {PLACEHOLDER_RE.search(text).group()}")
        if r["label"] != "leakage" and LEAK_RE.search(text):
            problems.append(f"{r['id']}: leakage-like text: {LEAK_RE.search(text).group()}")
    if problems:
        print("VALIDATION PROBLEMS:")
        for p in problems:
            print("  ", p)
        sys.exit(1)

    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # reload and report
    loaded = []
    with open(OUT, encoding="utf-8") as f:
        for line in f:
            loaded.append(json.loads(line))
    assert len(loaded) == 30
    print(f"wrote {OUT}: {len(loaded)} dialogues, all lines load as JSON")
    print("labels:", dict(sorted(Counter(r["label"] for r in loaded).items())))
    print("languages:", dict(sorted(Counter(r["language"] for r in loaded).items())))
    n_user = Counter(sum(t["from"] == "human" for t in r["conversations"]) for r in loaded)
    print("user turns per dialogue:", dict(sorted(n_user.items())))
    words = [len(t["value"].split()) for r in loaded if r["language"] == "en"
             for t in r["conversations"] if t["from"] == "gpt"]
    print(f"en assistant replies: {len(words)}, words min/median/max = "
          f"{min(words)}/{sorted(words)[len(words) // 2]}/{max(words)}")


if __name__ == "__main__":
    main()
