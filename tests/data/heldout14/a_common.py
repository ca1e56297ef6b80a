"""Small helpers shared by the part-A dialogue modules."""


def h(text):
    return ("human", text.strip("\n"))


def g(text):
    return ("gpt", text.strip("\n"))


def item(label, language, note, turns):
    return {"label": label, "language": language, "note": note, "turns": turns}
