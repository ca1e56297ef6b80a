def conv(*pairs):
    """pairs: sequence of (role, text) with role 'h' or 'g'."""
    out = []
    for role, text in pairs:
        out.append({"from": "human" if role == "h" else "gpt", "value": text})
    return out

def alt(*texts):
    """Alternating human/gpt turns starting with human."""
    return [{"from": "human" if i % 2 == 0 else "gpt", "value": t} for i, t in enumerate(texts)]

def D(num, label, lang, note, conversations):
    return {"id": f"h6a-{num:03d}", "label": label, "language": lang, "note": note,
            "conversations": conversations}
