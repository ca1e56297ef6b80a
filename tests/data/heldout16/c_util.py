"""Helpers for part C dialogues."""


def conv(*texts):
    """Alternate human/gpt turns starting with human."""
    out = []
    for i, t in enumerate(texts):
        out.append({"from": "human" if i % 2 == 0 else "gpt", "value": t.strip()})
    return out


def raw(pairs):
    """Explicit (role, text) list, used for malformed structures."""
    return [{"from": r, "value": t.strip()} for r, t in pairs]


def D(label, language, note, conversations):
    return {"label": label, "language": language, "note": note,
            "conversations": conversations}
