"""Shared helpers for part a dialogue modules."""


def H(text):
    return {"from": "human", "value": text.strip()}


def G(text):
    return {"from": "gpt", "value": text.strip()}


def D(num, label, language, note, turns):
    return {
        "id": "m12a-%03d" % num,
        "label": label,
        "language": language,
        "note": note,
        "conversations": list(turns),
    }
