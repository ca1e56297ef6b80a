def dlg(num, label, lang, note, turns):
    conv = []
    for role, text in turns:
        conv.append({"from": "human" if role == "u" else "gpt", "value": text})
    return {"id": "h7c-%03d" % num, "label": label, "language": lang, "note": note, "conversations": conv}
