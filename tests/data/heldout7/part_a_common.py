def conv(*texts):
    """Alternating human/gpt turns starting with human."""
    out = []
    for i, t in enumerate(texts):
        out.append({"from": "human" if i % 2 == 0 else "gpt", "value": t})
    return out

def raw(*pairs):
    """Explicit (role, text) pairs, for malformed dialogues."""
    return [{"from": r, "value": t} for r, t in pairs]

def d(num, label, lang, note, conversations):
    return {"id": "h7a-%03d" % num, "label": label, "language": lang,
            "note": note, "conversations": conversations}
