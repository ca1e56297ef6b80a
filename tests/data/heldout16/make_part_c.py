"""Build /work/heldout16/part_c.jsonl (ids m16c-001 .. m16c-030)."""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import c_en_good, c_en_flaw1, c_en_flaw2, c_en_flaw3, c_intl1, c_intl2  # noqa: E402

OUT = HERE / "part_c.jsonl"
FLAWS = ["off_topic", "leakage", "placeholder", "structure", "repetition",
         "non_answer", "misaligned", "bad_length", "contradiction"]


def collect():
    items = []
    for mod in (c_en_good, c_en_flaw1, c_en_flaw2, c_en_flaw3, c_intl1, c_intl2):
        items.extend(mod.DIALOGUES)
    return items


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


PH = re.compile(r"\[[A-Z][A-Z ']+\]|\{[a-z_]+\}|<insert|\bXXX\b|lorem ipsum|\{\{", re.I)
META = re.compile(r"as an ai|language model|\[turn \d|user query \d", re.I)


def sanity(d):
    lab, conv = d["label"], d["conversations"]
    problems = []
    if lab == "structure":
        if well_formed(conv):
            problems.append("structure item is well formed")
    elif not well_formed(conv):
        problems.append("malformed conversation")
    text = "\n".join(t["value"] for t in conv)
    if lab != "placeholder" and PH.search(text):
        problems.append("placeholder-like text: " + PH.search(text).group(0))
    if lab == "placeholder" and not PH.search(text):
        problems.append("no placeholder found")
    if lab != "leakage" and META.search(text):
        problems.append("meta text: " + META.search(text).group(0))
    if lab == "leakage" and not META.search(text):
        problems.append("no leakage found")
    return problems


def main():
    items = collect()
    assert len(items) == 30, len(items)
    labels = Counter(d["label"] for d in items)
    assert labels["good"] == 12, labels
    for f in FLAWS:
        assert labels[f] == 2, (f, labels)
    langs = Counter(d["language"] for d in items)
    assert langs == Counter({"en": 20, "zh": 2, "ja": 1, "ko": 1, "it": 1, "es": 1,
                             "sv": 1, "tr": 1, "ar": 1, "ms": 1}), langs
    for d in items:
        pr = sanity(d)
        if pr:
            print("WARN", d["label"], d["language"], d["note"][:60], pr)

    rng = random.Random(1603)
    for _ in range(1000):
        rng.shuffle(items)
        labs = [d["label"] for d in items]
        # avoid runs of the same flaw label next to each other
        if all(not (a == b and a != "good") for a, b in zip(labs, labs[1:])) and \
           max(len(list(g)) for g in _runs(labs)) <= 2:
            break

    with OUT.open("w", encoding="utf-8") as fh:
        for i, d in enumerate(items, 1):
            rec = {"id": f"m16c-{i:03d}", "label": d["label"], "language": d["language"],
                   "note": d["note"], "conversations": d["conversations"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # reload and check line by line
    recs = []
    with OUT.open(encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            recs.append(json.loads(line))
    assert [r["id"] for r in recs] == [f"m16c-{i:03d}" for i in range(1, 31)]
    print(f"{OUT}: {len(recs)} lines loaded OK")
    print("per label:", dict(sorted(Counter(r["label"] for r in recs).items())))
    print("per language:", dict(sorted(Counter(r["language"] for r in recs).items())))


def _runs(seq):
    run = [seq[0]]
    for x in seq[1:]:
        if x == run[-1]:
            run.append(x)
        else:
            yield run
            run = [x]
    yield run


if __name__ == "__main__":
    main()
