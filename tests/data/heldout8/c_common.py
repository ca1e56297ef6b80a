def conv(*turns):
    """Alternate human/gpt starting with human."""
    out = []
    for i, t in enumerate(turns):
        out.append({"from": "human" if i % 2 == 0 else "gpt", "value": t})
    return out

def mk(id_, label, lang, note, conversations):
    return {"id": id_, "label": label, "language": lang, "note": note, "conversations": conversations}
