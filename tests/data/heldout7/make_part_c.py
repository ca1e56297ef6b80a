import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import h7c_part1, h7c_part2, h7c_part3

LABELS = {"good", "off_topic", "leakage", "placeholder", "structure", "repetition",
          "non_answer", "misaligned", "bad_length", "contradiction"}

def main():
    dialogues = h7c_part1.D + h7c_part2.D + h7c_part3.D
    out = os.path.join(HERE, "part-c.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for d in dialogues:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

    # verify
    ids, labels, langs = [], Counter(), Counter()
    with open(out, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            d = json.loads(line)
            for k in ("id", "label", "language", "note", "conversations"):
                assert k in d and d[k] not in (None, ""), (n, k)
            assert d["label"] in LABELS, (n, d["label"])
            conv = d["conversations"]
            assert isinstance(conv, list) and conv, n
            for t in conv:
                assert set(t) == {"from", "value"} and t["from"] in ("human", "gpt"), (n, t)
                assert isinstance(t["value"], str)
            if d["label"] != "structure":
                assert len(conv) >= 6 and len(conv) % 2 == 0, (d["id"], len(conv))
                for i, t in enumerate(conv):
                    assert t["from"] == ("human" if i % 2 == 0 else "gpt"), (d["id"], i)
                    assert t["value"].strip(), (d["id"], i)
            ids.append(d["id"]); labels[d["label"]] += 1; langs[d["language"]] += 1
    assert ids == ["h7c-%03d" % i for i in range(1, 31)], ids
    print("wrote", out, "lines:", len(ids))
    print("labels:", dict(sorted(labels.items())))
    print("languages:", dict(sorted(langs.items())))
    good_non_en = sum(1 for d in dialogues if d["label"] == "good" and d["language"] != "en")
    print("good non-English:", good_non_en)

if __name__ == "__main__":
    main()
