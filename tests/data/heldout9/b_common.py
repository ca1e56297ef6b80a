"""Small helpers shared by the b_*.py dialogue modules (plain data, no generation)."""


def alt(*texts):
    """Alternate human/gpt turns, starting with the human."""
    conv = []
    for i, t in enumerate(texts):
        conv.append({"from": "human" if i % 2 == 0 else "gpt", "value": t})
    return conv


def raw(*pairs):
    """Explicit (role, text) pairs, role 'h' or 'g'. Used where the order is irregular."""
    return [{"from": "human" if r == "h" else "gpt", "value": t} for r, t in pairs]


def item(num, label, language, note, conversations):
    return {
        "id": "i9b-%03d" % num,
        "label": label,
        "language": language,
        "note": note,
        "conversations": conversations,
    }
