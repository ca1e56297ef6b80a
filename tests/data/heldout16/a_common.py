def H(text, strip=True):
    return {"from": "human", "value": text.strip() if strip else text}


def G(text, strip=True):
    return {"from": "gpt", "value": text.strip() if strip else text}


def D(label, language, note, conversations):
    return {"label": label, "language": language, "note": note,
            "conversations": conversations}
