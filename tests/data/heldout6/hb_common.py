def D(num, label, lang, note, turns):
    """turns: list of strings alternating human/gpt starting with human,
    or list of (from, value) tuples for explicit structure."""
    conv = []
    for i, t in enumerate(turns):
        if isinstance(t, tuple):
            conv.append({"from": t[0], "value": t[1]})
        else:
            conv.append({"from": "human" if i % 2 == 0 else "gpt", "value": t.strip()})
    return {"id": "h6b-%03d" % num, "label": label, "language": lang, "note": note,
            "conversations": conv}
