"""Shared helpers for part b dialogue modules."""

H = "human"
G = "gpt"


def dlg(did, label, language, note, turns):
    """turns: list of (role, text) tuples, role in {H, G}."""
    return {
        "id": did,
        "label": label,
        "language": language,
        "note": note,
        "conversations": [{"from": r, "value": t.strip("\n") if t.strip() else t} for r, t in turns],
    }
