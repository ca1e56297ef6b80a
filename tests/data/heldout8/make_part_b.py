import json, sys, collections, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import b_chunk1, b_chunk2, b_chunk3

KINDS = {"good","off_topic","leakage","placeholder","structure","repetition","non_answer","misaligned","bad_length","contradiction"}
dialogues = b_chunk1.DIALOGUES + b_chunk2.DIALOGUES + b_chunk3.DIALOGUES
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "part_b.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for d in dialogues:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")

errors = []
rows = [json.loads(l) for l in open(out, encoding="utf-8")]
ids = [r["id"] for r in rows]
assert ids == [f"h8b-{i:03d}" for i in range(1, 31)], ids
for r in rows:
    assert set(r) == {"id","label","language","note","conversations"}, r["id"]
    assert r["label"] in KINDS, r["id"]
    assert r["note"] and "\n" not in r["note"], r["id"]
    c = r["conversations"]
    for t in c:
        assert set(t) == {"from","value"} and t["from"] in ("human","gpt") and isinstance(t["value"], str), r["id"]
    roles = [t["from"] for t in c]
    wellformed = (len(c) >= 6 and len(c) <= 16 and roles[0] == "human" and roles[-1] == "gpt"
                  and all(roles[i] != roles[i+1] for i in range(len(roles)-1))
                  and all(t["value"].strip() for t in c))
    if r["label"] == "structure":
        if wellformed: errors.append(f"{r['id']}: structure but well-formed")
    elif not wellformed:
        errors.append(f"{r['id']}: malformed but label {r['label']}")
    # crude placeholder check on goods
    if r["label"] == "good":
        for t in c:
            for pat in ("TBD", "%BEDRIJF", "lorem", "[Your", "___"):
                if pat in t["value"]:
                    errors.append(f"{r['id']}: suspicious {pat}")
print("errors:", errors or "none")
print("labels:", dict(collections.Counter(r["label"] for r in rows)))
print("languages:", dict(collections.Counter(r["language"] for r in rows)))
print("good by language:", dict(collections.Counter(r["language"] for r in rows if r["label"]=="good")))
print("user turns:", [sum(t["from"]=="human" for t in r["conversations"]) for r in rows])
