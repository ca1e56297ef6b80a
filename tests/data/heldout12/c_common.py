"""Helpers for part c of the held-out set."""


def dlg(did, label, lang, note, pairs):
    """Build a dialogue from (human, gpt) pairs."""
    conv = []
    for h, g in pairs:
        conv.append({"from": "human", "value": h.strip()})
        conv.append({"from": "gpt", "value": g.strip()})
    return {"id": did, "label": label, "language": lang, "note": note,
            "conversations": conv}


def raw(did, label, lang, note, turns):
    """Build a dialogue from an explicit list of (role, text); text kept as is."""
    conv = [{"from": r, "value": t} for r, t in turns]
    return {"id": did, "label": label, "language": lang, "note": note,
            "conversations": conv}
