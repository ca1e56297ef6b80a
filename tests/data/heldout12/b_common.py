"""Helpers shared by the part-b dialogue modules."""


def pairs(*turns):
    """Build a ShareGPT conversation from alternating human/gpt strings."""
    out = []
    for i, text in enumerate(turns):
        out.append({"from": "human" if i % 2 == 0 else "gpt", "value": text.strip()})
    return out


def raw(*items):
    """Build a conversation from explicit (role, text) tuples; text is NOT stripped."""
    return [{"from": role, "value": text} for role, text in items]


def D(num, label, lang, note, conversations):
    return {
        "id": "m12b-%03d" % num,
        "label": label,
        "language": lang,
        "note": note,
        "conversations": conversations,
    }
