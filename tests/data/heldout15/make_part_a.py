"""Build /work/heldout15/part_a.jsonl (ids m15a-001 .. m15a-030)."""
import json, re, collections
from pathlib import Path

import a_d01_10, a_d11_20, a_d21_30

HERE = Path(__file__).resolve().parent
OUT = HERE / "part_a.jsonl"

dialogues = a_d01_10.DIALOGUES + a_d11_20.DIALOGUES + a_d21_30.DIALOGUES

def to_record(d):
    conv = [{"from": r, "value": t.strip() if t.strip() else t} for r, t in d["turns"]]
    return {"id": d["id"], "label": d["label"], "language": d["language"],
            "note": d["note"], "conversations": conv}

records = [to_record(d) for d in dialogues]

# ---- sanity checks
ids = [r["id"] for r in records]
assert ids == [f"m15a-{i:03d}" for i in range(1, 31)], ids
def well_formed(conv):
    roles = [c["from"] for c in conv]
    if not roles or roles[0] != "human" or roles[-1] != "gpt":
        return False
    if any(roles[i] == roles[i + 1] for i in range(len(roles) - 1)):
        return False
    if any(not c["value"].strip() for c in conv):
        return False
    n_user = roles.count("human")
    return 3 <= n_user <= 8
for r in records:
    wf = well_formed(r["conversations"])
    if r["label"] == "structure":
        assert not wf, r["id"]
    else:
        assert wf, r["id"]
    assert "\n" not in r["note"], r["id"]

# placeholder-like tokens outside placeholder dialogues
pat = re.compile(r"\[[A-Za-z\u0400-\u04FF\u00C0-\u017F ]{2,}\]|\{[a-z_]+\}|XXX|<insert|lorem ipsum", re.I)
for r in records:
    hits = [m.group(0) for c in r["conversations"] for m in pat.finditer(c["value"])]
    if hits:
        print("placeholder-like:", r["id"], r["label"], hits)

with OUT.open("w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# ---- reload line by line
loaded = []
with OUT.open(encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        loaded.append(json.loads(line))
print(f"loaded {len(loaded)} lines from {OUT}")
print("labels:", dict(sorted(collections.Counter(r["label"] for r in loaded).items())))
print("languages:", dict(sorted(collections.Counter(r["language"] for r in loaded).items())))
print("user turns:", [sum(c["from"] == "human" for c in r["conversations"]) for r in loaded])
print("good by language:", dict(collections.Counter(r["language"] for r in loaded if r["label"] == "good")))
print("label sequence:", [r["label"] for r in loaded])
