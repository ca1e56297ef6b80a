"""Assemble, validate and write /work/heldout13/part_c.jsonl from the c_*.py modules."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import c_1, c_2, c_3, c_4, c_5, c_6, c_7, c_8  # noqa: E402

MODULES = [c_1, c_2, c_3, c_4, c_5, c_6, c_7, c_8]
OUT = os.path.join(HERE, "part_c.jsonl")

FLAWS = ["off_topic", "leakage", "placeholder", "structure", "repetition",
         "non_answer", "misaligned", "bad_length", "contradiction"]
EXPECTED_LABELS = {"good": 12, **{f: 2 for f in FLAWS}}
EXPECTED_LANGS = {"en": 20, "zh": 2, "ja": 1, "es": 1, "fr": 1, "it": 1,
                  "ko": 1, "uk": 1, "ar": 1, "ro": 1}
PLACEHOLDER_RE = re.compile(
    r"\{\{?[A-Za-z_ ]+\}?\}|\[[A-Z][A-Z _]{2,}\]|<insert[^>]*>|lorem ipsum|\bXXX\b|\[Your [A-Za-z ]+\]",
    re.IGNORECASE)


def structure_problems(conv):
    """Return a list of structural problems (empty list = well formed)."""
    probs = []
    if not conv:
        return ["empty conversation"]
    for i, t in enumerate(conv):
        if set(t) != {"from", "value"}:
            probs.append(f"turn {i}: bad keys {sorted(t)}")
        if t.get("from") not in ("human", "gpt"):
            probs.append(f"turn {i}: bad role {t.get('from')}")
        if not isinstance(t.get("value"), str) or not t["value"].strip():
            probs.append(f"turn {i}: empty value")
    if conv[0]["from"] != "human":
        probs.append("does not start with human")
    if conv[-1]["from"] != "gpt":
        probs.append("does not end with gpt")
    for i in range(1, len(conv)):
        if conv[i]["from"] == conv[i - 1]["from"]:
            probs.append(f"turns {i-1},{i}: same role twice ({conv[i]['from']})")
    n_user = sum(1 for t in conv if t["from"] == "human")
    if not 3 <= n_user <= 8:
        probs.append(f"{n_user} user turns (need 3-8)")
    return probs


def main():
    dialogues = []
    for m in MODULES:
        dialogues.extend(m.DIALOGUES)

    errors = []
    ids = [d["id"] for d in dialogues]
    expected_ids = [f"m13c-{i:03d}" for i in range(1, 31)]
    if ids != expected_ids:
        errors.append(f"ids wrong/out of order: {ids}")

    for d in dialogues:
        if set(d) != {"id", "label", "language", "note", "conversations"}:
            errors.append(f"{d['id']}: bad keys {sorted(d)}")
        if d["label"] not in EXPECTED_LABELS:
            errors.append(f"{d['id']}: unknown label {d['label']}")
        if not d["note"].strip() or "\n" in d["note"]:
            errors.append(f"{d['id']}: note must be one non-empty line")
        probs = structure_problems(d["conversations"])
        if d["label"] == "structure":
            if not probs:
                errors.append(f"{d['id']}: labelled structure but well formed")
        elif probs:
            errors.append(f"{d['id']}: malformed: {probs}")
        text = "\n".join(t["value"] for t in d["conversations"])
        has_ph = bool(PLACEHOLDER_RE.search(text))
        if d["label"] == "placeholder" and not has_ph:
            errors.append(f"{d['id']}: placeholder label but no slot found")
        if d["label"] != "placeholder" and has_ph:
            errors.append(f"{d['id']}: unexpected placeholder-like text: "
                          f"{PLACEHOLDER_RE.search(text).group(0)!r}")

    labels = Counter(d["label"] for d in dialogues)
    langs = Counter(d["language"] for d in dialogues)
    if dict(labels) != EXPECTED_LABELS:
        errors.append(f"label counts {dict(labels)} != {EXPECTED_LABELS}")
    if dict(langs) != EXPECTED_LANGS:
        errors.append(f"language counts {dict(langs)} != {EXPECTED_LANGS}")
    # labels must be shuffled: no two adjacent dialogues share a flaw label
    for a, b in zip(dialogues, dialogues[1:]):
        if a["label"] == b["label"] and a["label"] != "good":
            errors.append(f"{a['id']}/{b['id']}: adjacent identical flaw labels")

    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print("  -", e)
        sys.exit(1)

    with open(OUT, "w", encoding="utf-8") as f:
        for d in dialogues:
            rec = {"id": d["id"], "label": d["label"], "language": d["language"],
                   "note": d["note"], "conversations": d["conversations"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # reload and report
    loaded = []
    with open(OUT, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            loaded.append(json.loads(line))
    assert len(loaded) == 30, len(loaded)
    assert [r["id"] for r in loaded] == expected_ids
    print(f"wrote and reloaded {len(loaded)} lines from {OUT}")
    print("labels:", dict(sorted(Counter(r["label"] for r in loaded).items())))
    print("languages:", dict(sorted(Counter(r["language"] for r in loaded).items())))


if __name__ == "__main__":
    main()
