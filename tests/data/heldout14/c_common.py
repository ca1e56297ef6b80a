def H(text):
    return ("human", text.strip("\n"))


def G(text):
    return ("gpt", text.strip("\n"))


def D(label, language, note, *turns):
    return {"label": label, "language": language, "note": note, "turns": list(turns)}
