import json, sys, collections
sys.path.insert(0, "/work/heldout8")
from c_chunk1 import DIALOGUES as D1
from c_chunk2 import DIALOGUES as D2
from c_chunk3 import DIALOGUES as D3

KINDS = {"good", "off_topic", "leakage", "placeholder", "structure", "repetition",
         "non_answer", "misaligned", "bad_length", "contradiction"}
OUT = "/work/heldout8/part_c.jsonl"
dialogues = D1 + D2 + D3
with open(OUT, "w", encoding="utf-8") as f:
    for d in dialogues:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")

def well_formed(c):
    if not (3 <= len(c) // 2 <= 8) or len(c) % 2: return False
    for i, t in enumerate(c):
        if t["from"] != ("human" if i % 2 == 0 else "gpt"): return False
        if not t["value"].strip(): return False
    return True

ids, labels, langs = [], collections.Counter(), collections.Counter()
by = collections.defaultdict(collections.Counter)
with open(OUT, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        d = json.loads(line)
        assert set(d) == {"id", "label", "language", "note", "conversations"}, d["id"]
        assert d["id"] == f"h8c-{n:03d}", d["id"]
        assert d["label"] in KINDS, d["label"]
        assert isinstance(d["note"], str) and d["note"] and "\n" not in d["note"]
        c = d["conversations"]
        assert all(set(t) == {"from", "value"} and t["from"] in ("human", "gpt") for t in c)
        wf = well_formed(c)
        if d["label"] == "structure":
            assert not wf, d["id"] + " structure but well-formed"
        else:
            assert wf, d["id"] + " malformed"
        ids.append(d["id"]); labels[d["label"]] += 1; langs[d["language"]] += 1
        by[d["language"]][d["label"]] += 1
print("lines:", len(ids))
print("labels:", dict(labels))
print("languages:", dict(langs))
for lg, c in sorted(by.items()):
    print(" ", lg, dict(c))
