import json, sys, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import a_chunk1, a_chunk2, a_chunk3

LABELS = {"good", "off_topic", "leakage", "placeholder", "structure", "repetition",
          "non_answer", "misaligned", "bad_length", "contradiction"}
dialogues = a_chunk1.DIALOGUES + a_chunk2.DIALOGUES + a_chunk3.DIALOGUES
out = os.path.join(HERE, "part_a.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for d in dialogues:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")

errors = []
rows = [json.loads(l) for l in open(out, encoding="utf-8")]
expected_ids = [f"h8a-{i:03d}" for i in range(1, 31)]
if [r["id"] for r in rows] != expected_ids:
    errors.append("ids not h8a-001..h8a-030 in order")
for r in rows:
    if set(r) != {"id", "label", "language", "note", "conversations"}:
        errors.append(f"{r['id']}: keys {set(r)}")
    if r["label"] not in LABELS:
        errors.append(f"{r['id']}: bad label")
    if not r["note"] or "\n" in r["note"]:
        errors.append(f"{r['id']}: note must be one line")
    conv = r["conversations"]
    for t in conv:
        if set(t) != {"from", "value"} or t["from"] not in ("human", "gpt") or not isinstance(t["value"], str):
            errors.append(f"{r['id']}: bad turn {t}")
    if r["label"] != "structure":
        roles = [t["from"] for t in conv]
        alt = all(roles[i] == ("human" if i % 2 == 0 else "gpt") for i in range(len(roles)))
        nuser = roles.count("human")
        if not alt or roles[-1] != "gpt" or not (3 <= nuser <= 8) or any(not t["value"].strip() for t in conv):
            errors.append(f"{r['id']}: structure problem in non-structure dialogue")

print("lines:", len(rows))
print("labels:", dict(sorted(Counter(r["label"] for r in rows).items())))
print("languages:", dict(sorted(Counter(r["language"] for r in rows).items())))
print("good by language:", dict(sorted(Counter(r["language"] for r in rows if r["label"] == "good").items())))
print("user turns:", [sum(t["from"] == "human" for t in r["conversations"]) for r in rows])
print("ERRORS:" if errors else "validation OK", *errors, sep="\n")
