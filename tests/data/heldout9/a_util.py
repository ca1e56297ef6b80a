"""Small helper for building part-a dialogues (plain data, no text generation)."""


def D(did, label, lang, note, turns, roles=None):
    """Build one record.

    turns: list of strings. By default roles alternate human/gpt starting with human.
    roles: optional explicit list of "human"/"gpt" (used only for malformed dialogues).
    """
    if roles is None:
        roles = ["human" if i % 2 == 0 else "gpt" for i in range(len(turns))]
    assert len(roles) == len(turns), did
    conv = []
    for r, t in zip(roles, turns):
        # keep whitespace-only turns exactly as written; strip normal text
        v = t if t.strip() == "" else t.strip()
        conv.append({"from": r, "value": v})
    return {
        "id": did,
        "label": label,
        "language": lang,
        "note": note,
        "conversations": conv,
    }
