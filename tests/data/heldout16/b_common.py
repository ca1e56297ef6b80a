def D(id_, label, lang, note, turns, roles=None):
    if roles is None:
        assert len(turns) % 2 == 0, id_
        roles = ["human", "gpt"] * (len(turns) // 2)
    assert len(roles) == len(turns), id_
    conv = []
    for r, t in zip(roles, turns):
        v = t.strip() if t.strip() else t
        conv.append({"from": r, "value": v})
    return {"id": id_, "label": label, "language": lang, "note": note, "conversations": conv}
