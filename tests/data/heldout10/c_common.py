"""Shared helpers for part c of the held-out set (plain string handling only)."""


def conv(*texts):
    """Alternate human/gpt turns, starting with the human."""
    out = []
    for i, t in enumerate(texts):
        out.append({"from": "human" if i % 2 == 0 else "gpt", "value": t.strip()})
    return out


def raw(*pairs):
    """Explicit (role, text) pairs, for dialogues whose structure is deliberately odd."""
    return [{"from": r, "value": t if t.strip() == "" else t.strip()} for r, t in pairs]


def item(num, label, language, note, conversations):
    return {
        "id": "j10c-%03d" % num,
        "label": label,
        "language": language,
        "note": note,
        "conversations": conversations,
    }
