"""Small helpers shared by the a_d*.py dialogue modules (part A)."""


def H(text):
    return {"from": "human", "value": text.strip("\n")}


def G(text):
    return {"from": "gpt", "value": text.strip("\n")}


def D(id_, label, language, note, *turns):
    return {
        "id": id_,
        "label": label,
        "language": language,
        "note": note,
        "conversations": list(turns),
    }
