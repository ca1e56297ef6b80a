"""Build tests/data/labelled_dialogues.jsonl from the hand-written dialogues in labelled_src/.

Good dialogues are written out as they are. Most failures are realistic corruptions of a good
dialogue, the way generation goes wrong (off-by-one answer shifts, leaked labels or JSON,
repeated turns, a broken skeleton, a light paraphrase of an earlier dialogue); topic drift and
a too-short dialogue are hand-written in full. Six dialogues come from a real run of the
embedded model (SmolLM2-135M-Instruct), labelled by hand with their most salient failure
(labelled_src/real_smollm.jsonl). Each row carries `label` and a `defect` note.

Run: PYTHONPATH=. .venv/bin/python tests/data/make_labelled.py
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from labelled_src.fresh_bad import DRIFT, SHORT  # noqa: E402
from labelled_src.good_a import GOOD_A  # noqa: E402
from labelled_src.good_b import GOOD_B  # noqa: E402
from labelled_src.good_c import GOOD_C  # noqa: E402
from labelled_src.good_d import GOOD_D  # noqa: E402

from consistentchat.taxonomy import builtin_intents  # noqa: E402

GOOD = {d["key"]: d for d in [*GOOD_A, *GOOD_B, *GOOD_C, *GOOD_D]}
STEPS = {(i.id, f.id): f.step_names for i in builtin_intents() for f in i.flows}
Turn = tuple[str, str, str]


def record(src: dict[str, Any], rid: str, label: str, defect: str = "",
           turns: list[Turn] | None = None, messages: list[dict[str, str]] | None = None,
           skeleton: list[dict[str, str]] | None = None) -> dict[str, Any]:
    """A dialogues.jsonl-style row (the fields the validators use) plus label and defect."""
    turns = turns if turns is not None else src["turns"]
    if messages is None:
        messages = []
        for _, q, a in turns:
            messages += [{"role": "user", "content": q}, {"role": "assistant", "content": a}]
    derived = src["key"] if label != "good" and src["key"].startswith("g") else None
    return {
        "id": rid, "label": label, "defect": defect,
        "derived_from": derived and f"good-{src['key'][1:]}",
        "intent": src["intent"],
        "scenario": src["scenario"], "flow": src["flow"],
        "flow_steps": STEPS[(src["intent"], src["flow"])], "num_turns": len(turns),
        "messages": messages,
        "skeleton": skeleton if skeleton is not None else [{"step": s, "query": q}
                                                           for s, q, _ in turns],
    }


def with_answers(turns: list[Turn], answers: list[str]) -> list[Turn]:
    return [(s, q, a) for (s, q, _), a in zip(turns, answers)]


def edit(key: str, fn: Callable[[list[list[str]]], None]) -> list[Turn]:
    """Turns of good dialogue `key` after `fn` edits a mutable [step, query, answer] copy."""
    turns = [list(t) for t in copy.deepcopy(GOOD[key]["turns"])]
    fn(turns)
    return [tuple(t) for t in turns]  # type: ignore[misc]


def paraphrase(key: str, swaps: list[tuple[str, str]]) -> list[Turn]:
    """A light rewording of a whole dialogue: what a second sample of the same plan looks like."""
    out = []
    for s, q, a in GOOD[key]["turns"]:
        for old, new in swaps:
            q, a = q.replace(old, new), a.replace(old, new)
        out.append((s, q, a))
    return out


def messages_of(turns: list[Turn]) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for _, q, a in turns:
        out += [{"role": "user", "content": q}, {"role": "assistant", "content": a}]
    return out


def bad_rows() -> list[dict[str, Any]]:
    G = GOOD
    rows: list[dict[str, Any]] = []
    add = rows.append

    # --- structure -------------------------------------------------------------------------
    m = messages_of(G["g03"]["turns"])[:-1]
    add(record(G["g03"], "structure-01", "structure", "output cut off: the last answer is missing",
               messages=m))
    m = messages_of(G["g06"]["turns"])
    m.insert(5, {"role": "user", "content": "Also, is it fine if one of the three is a little "
                 "bit scary, as long as it isn't gory or depressing?"})
    add(record(G["g06"], "structure-02", "structure", "two user messages in a row", messages=m))
    add(record(G["g09"], "structure-03", "structure", "answer 4 is empty",
               turns=edit("g09", lambda t: t[3].__setitem__(2, "  "))))
    short = record(SHORT, "structure-04", "structure", "4 user turns of 6 planned")
    short["num_turns"] = 6
    add(short)
    add(record(G["g12"], "structure-05", "structure", "answer 4 is a two-word reply",
               turns=edit("g12", lambda t: t[3].__setitem__(2, "Yes, exactly."))))
    m = [{"role": "assistant", "content": "Hallo! Welcome. I'm here to listen and help with "
          "whatever is on your mind today, so feel free to share."},
         *messages_of(G["g15"]["turns"])]
    add(record(G["g15"], "structure-06", "structure", "the assistant speaks first", messages=m))
    joined = " ".join(q for _, q, _ in G["g02"]["turns"])
    add(record(G["g02"], "structure-07", "structure",
               "the first user turn holds every planned query (165 words)",
               turns=edit("g02", lambda t: t[0].__setitem__(1, joined))))

    # --- leakage ---------------------------------------------------------------------------
    add(record(G["g04"], "leakage-01", "leakage", "answers carry 'Response N:' labels",
               turns=edit("g04", lambda t: [x.__setitem__(2, f"Response {i}: {x[2]}")
                                           for i, x in enumerate(t, 1)])))
    add(record(G["g07"], "leakage-02", "leakage", "a skeleton JSON item as the user turn",
               turns=edit("g07", lambda t: t[1].__setitem__(
                   1, '{"step": "narrow the scope", "query": "' + t[1][1] + '"}'))))
    add(record(G["g10"], "leakage-03", "leakage", "'As an AI language model' in an answer",
               turns=edit("g10", lambda t: t[3].__setitem__(
                   2, "As an AI language model, I can't give legal advice, but in many "
                   "countries late payment interest is backed by law for business invoices. A "
                   "clause in your contract makes it clearer, and accounts teams tend to "
                   "prioritise invoices that carry one."))))
    add(record(G["g19"], "leakage-04", "leakage", "placeholder query 'Question 5 about ...'",
               turns=edit("g19", lambda t: t[4].__setitem__(
                   1, "Question 5 about the trial shift and what the user should bring."))))
    add(record(G["g20"], "leakage-05", "leakage", "the joint-response JSON leaks into answer 1",
               turns=edit("g20", lambda t: t[0].__setitem__(
                   2, '{"thinking": "The user suspects wet wood; confirm and explain cupping.", '
                   '"answers": ["' + t[0][2]))))
    add(record(G["g23"], "leakage-06", "leakage", "user turns start with 'User:'",
               turns=edit("g23", lambda t: [x.__setitem__(1, "User: " + x[1]) for x in t])))
    add(record(G["g25"], "leakage-07", "leakage", "two answers merged with a JSON separator",
               turns=edit("g25", lambda t: t[2].__setitem__(
                   2, t[2][2] + '", "' + t[3][2].split(". ")[0] + "."))))
    add(record(G["g27"], "leakage-08", "leakage", "meta text before the first query",
               turns=edit("g27", lambda t: t[0].__setitem__(
                   1, "Here are the 6 user messages for the quiz conversation:\n" + t[0][1]))))

    # --- repetition ------------------------------------------------------------------------
    def rep01(t: list[list[str]]) -> None:
        t[5][2] = t[4][2].replace("The immediate fix", "The quickest fix").replace(
            "Roll out with a canary first.", "Roll it out with a canary first.")
    add(record(G["g26"], "repetition-01", "repetition", "answer 6 repeats answer 5",
               turns=edit("g26", rep01)))

    def rep02(t: list[list[str]]) -> None:
        t[4][1] = ("My eyesight isn't great for reading small food labels and my wife does most "
                   "of the cooking, so does that make things harder?")
        t[4][2] = t[1][2].replace("there are workarounds", "there are some workarounds")
    add(record(G["g28"], "repetition-02", "repetition", "turn 5 repeats turn 2",
               turns=edit("g28", rep02)))
    add(record(G["g01"], "repetition-03", "repetition", "answer 3 echoes its question",
               turns=edit("g01", lambda t: t[2].__setitem__(2, t[2][1] + " Let me explain."))))
    generic = ("I'm sorry you're dealing with this. Try restarting your router and checking that "
               "all the cables are firmly connected. If the problem continues, contact your "
               "internet provider so they can run a line test and help you further.")

    def rep04(t: list[list[str]]) -> None:
        t[3][2] = generic
        t[4][2] = generic.replace("Try restarting", "Please try restarting")
        t[5][2] = generic.replace("help you further", "help you fix it")
    add(record(G["g13"], "repetition-04", "repetition", "the same generic answer three times",
               turns=edit("g13", rep04)))
    add(record(G["g22"], "repetition-05", "repetition", "user turn 4 repeats turn 3",
               turns=edit("g22", lambda t: t[3].__setitem__(
                   1, "How did the Republic change over the next few centuries? I'd like a few "
                   "big milestones to put on our timeline."))))
    add(record(G["g24"], "repetition-06", "repetition", "answer 2 parrots the question",
               turns=edit("g24", lambda t: t[1].__setitem__(
                   2, "That's a great question. " + t[1][1]))))

    # --- off topic -------------------------------------------------------------------------
    for i, d in enumerate(DRIFT, 1):
        add(record(d, f"off_topic-{i:02d}", "off_topic", "drifts to an unrelated topic halfway"))
    g13, g22 = G["g13"]["turns"], G["g22"]["turns"]
    spliced = [*g13[:3], *[(s, q, a) for (s, _, _), (_, q, a) in zip(g13[3:6], g22[3:6])]]
    add(record(G["g13"], "off_topic-06", "off_topic",
               "Wi-Fi troubleshooting turns into Roman history", turns=spliced))
    g04, g16 = G["g04"]["turns"], G["g16"]["turns"]
    spliced = [*g04[:3], *[(s, q, a) for (s, _, _), (_, q, a) in zip(g04[3:6], g16[3:6])]]
    add(record(G["g04"], "off_topic-07", "off_topic",
               "a shin-pain consultation turns into a bedtime story", turns=spliced))

    # --- misaligned --------------------------------------------------------------------------
    def forward(key: str, tail: str, start: int = 0) -> list[Turn]:
        t = G[key]["turns"]
        answers = [a for _, _, a in t]
        return with_answers(t, answers[:start] + answers[start + 1:] + [tail])

    def backward(key: str, head: str) -> list[Turn]:
        t = G[key]["turns"]
        return with_answers(t, [head] + [a for _, _, a in t][:-1])

    add(record(G["g02"], "misaligned-01", "misaligned", "answers shifted forward by one",
               turns=forward("g02", "Feel free to come back whenever something in your course "
                             "is unclear. Working through small examples by hand, as we did "
                             "today, is the most reliable way to build intuition for it.")))
    add(record(G["g05"], "misaligned-02", "misaligned", "answers shifted back by one",
               turns=backward("g05", "Hello! I'd be happy to help you with your search. Buying "
                              "used is a smart way to save money, and there are some great "
                              "options in your price range if you know what to look for.")))
    add(record(G["g11"], "misaligned-03", "misaligned", "answers shifted forward by one",
               turns=forward("g11", "You're welcome. Good luck with the changes, and remember "
                             "that small, consistent habits usually matter more than a perfect "
                             "plan followed for only a few weeks.")))
    add(record(G["g17"], "misaligned-04", "misaligned", "answers shifted back by one",
               turns=backward("g17", "Great project! A backyard shed adds useful storage and "
                              "can even add value to your home. Let me help you work out what "
                              "rules may apply before you buy materials.")))
    t08 = G["g08"]["turns"]
    a08 = [a for _, _, a in t08]
    a08[1], a08[2], a08[4], a08[5] = a08[2], a08[1], a08[5], a08[4]
    add(record(G["g08"], "misaligned-05", "misaligned", "answers 2/3 and 5/6 swapped",
               turns=with_answers(t08, a08)))
    add(record(G["g21"], "misaligned-06", "misaligned", "answers shifted forward by one",
               turns=forward("g21", "I hope this helps you keep coding comfortably. Take care "
                             "of yourself, and don't hesitate to ask if anything else comes "
                             "up along the way.")))
    add(record(G["g14"], "misaligned-07", "misaligned",
               "answers from turn 3 on shifted forward (turn 3 skipped)",
               turns=forward("g14", "Good luck with the exchange, and I hope your next run is "
                             "a comfortable one without any blisters at all.", start=2)))
    add(record(G["g24"], "misaligned-08", "misaligned", "answers shifted back by one",
               turns=backward("g24", "Hi, thank you for reaching out. It takes courage to talk "
                              "about friendship problems, and I'm here to listen to whatever "
                              "you want to share.")))

    # --- flow ------------------------------------------------------------------------------
    def relabel(key: str, steps: list[str]) -> list[dict[str, str]]:
        return [{"step": s, "query": q} for s, (_, q, _) in zip(steps, G[key]["turns"])]

    sk = relabel("g05", ["state the need and budget", "check the terms", "compare options",
                         "compare options", "decide and complete", "follow up", "follow up"])
    add(record(G["g05"], "flow-01", "flow", "skeleton jumps ahead then goes back", skeleton=sk))
    sk = relabel("g09", ["learn the key techniques", "set up the scene", "set up the scene",
                         "play a harder variation", "play a harder variation", "debrief",
                         "debrief"])
    add(record(G["g09"], "flow-02", "flow", "flow step 'play a standard case' skipped",
               skeleton=sk))
    sk = relabel("g14", ["describe the issue", "gather evidence", "weigh the remedies",
                         "negotiate a discount", "escalate if needed", "escalate if needed"])
    add(record(G["g14"], "flow-03", "flow", "skeleton names a step the flow lacks", skeleton=sk))
    sk = relabel("g17", [s for s, _, _ in G["g17"]["turns"]])
    sk[2]["query"] = "Can I put the shed right against my back fence, or do I need to leave a gap?"
    sk[3]["query"] = "Does anything change if my house is in a flood zone or a historic district?"
    add(record(G["g17"], "flow-04", "flow", "user turns 3-4 are not the skeleton's queries",
               skeleton=sk))
    sk = relabel("g21", [s for s, _, _ in G["g21"]["turns"]])[:5]
    add(record(G["g21"], "flow-05", "flow", "skeleton stops before the last step", skeleton=sk))
    sk = relabel("g28", ["state the health goal", "describe constraints", "compare approaches",
                         "build a plan", "track and adjust", "compare approaches"])
    add(record(G["g28"], "flow-06", "flow", "the last turn goes back to an earlier step",
               skeleton=sk))

    # --- duplicates (light paraphrases of earlier good dialogues) ---------------------------
    dups = {
        "g06": [("this Saturday", "next Saturday"), ("three films", "three movies"),
                ("Great", "Good"), ("lineup", "line-up"), ("Love it.", "Perfect."),
                ("a fun twist", "a nice touch")],
        "g12": [("We learned", "Our teacher said"), ("really interesting", "so interesting"),
                ("That is a good comparison", "Nice comparison"), ("Pretty much, yes", "Mostly")],
        "g18": [("I've read", "I read somewhere"), ("Your hunch", "Your idea"),
                ("excellent summary", "great summary"),
                ("helpful correction", "useful correction")],
        "g25": [("hobby photographer", "amateur photographer"), ("solid plan", "good plan"),
                ("I'd pick", "I would choose"), ("Thanks.", "Great, thanks.")],
    }
    for i, (key, swaps) in enumerate(dups.items(), 1):
        add(record(G[key], f"duplicate-{i:02d}", "duplicate",
                   f"light paraphrase of good-{key[1:]}", turns=paraphrase(key, swaps)))
    return rows


def build() -> list[dict[str, Any]]:
    good = [record(d, f"good-{k[1:]}", "good") for k, d in GOOD.items()]
    pending = bad_rows()[::-1]
    pending = pending[::2] + pending[1::2]  # mix the failure kinds
    # Interleave failures among the good dialogues, each after the dialogue it derives from
    # (dedup keeps the first of a cluster, which must be the original).
    order: list[dict[str, Any]] = []
    seen: set[str] = set()
    for row in good:
        order.append(row)
        seen.add(row["id"])
        for _ in range(2):
            ready = [r for r in pending if r["derived_from"] in seen or not r["derived_from"]]
            if ready:
                pending.remove(ready[0])
                order.append(ready[0])
    real = [json.loads(line) for line in (HERE / "labelled_src" / "real_smollm.jsonl")
            .read_text(encoding="utf-8").splitlines()]
    return order + pending + real


if __name__ == "__main__":
    rows = build()
    out = HERE / "labelled_dialogues.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    labels: dict[str, int] = {}
    for row in rows:
        labels[row["label"]] = labels.get(row["label"], 0) + 1
    print(f"{len(rows)} dialogues -> {out}: {labels}")
