"""The dialogue-relative checks: each judges a turn against the dialogue's own other turns."""

from __future__ import annotations

from consistentchat.config.validation import NonAnswerConfig
from consistentchat.validators.base import Dialogue
from consistentchat.validators.non_answer import NonAnswerValidator, asks, specifics

def dialogue(*turns: str) -> Dialogue:
    roles = ["user", "assistant"]
    return Dialogue.from_record({"id": "q", "messages": [
        {"role": roles[i % 2], "content": t} for i, t in enumerate(turns)]}, 0)

SPECIFIC_REPLIES = [
    ("How much flour and water for one loaf?",
     "Use **500 g** bread flour and 350 g water (70%):\n1. Mix and rest 30 minutes.\n"
     "2. Add 10 g salt.\n3. Fold every 45 minutes."),
    ("How long should the bulk rise take at 24°C?",
     "About **4-5 hours** at 24°C:\n- look for a 50% rise\n- a domed, jiggly surface\n"
     "- bubbles on the sides. Check it at 3 hours."),
    ("What oven temperature should I bake at?",
     "Preheat to **250°C** with the Dutch oven inside for 45 minutes:\n1. Bake 20 minutes "
     "lid on.\n2. Lower to 230°C, 25 minutes lid off.\n3. Cool 1 hour before slicing."),
]
VAGUE = ("That's such a natural thing to wonder about, and getting the shaping right really "
         "matters for the final loaf. Shaping is where a lot of the structure comes from, so "
         "it deserves some care and attention before the bake.")

def with_reply(reply: str, query: str = "How do I shape the loaf before the final proof?"
               ) -> Dialogue:
    turns: list[str] = []
    for q, a in SPECIFIC_REPLIES:
        turns += [q, a]
    return dialogue(*turns, query, reply)

def test_a_reply_without_the_specifics_its_dialogue_gives_is_a_non_answer() -> None:
    v = NonAnswerValidator().check(with_reply(VAGUE))
    assert not v.passed and v.turns == (3,) and "specifics" in v.reason
    assert v.figures["specifics_ratio"] <= NonAnswerConfig().max_specifics_ratio

def test_a_specific_reply_in_the_same_dialogue_passes() -> None:
    reply = ("Pre-shape into a round, rest 20 minutes, then:\n1. Flip it seam up.\n"
             "2. Fold the sides in.\n3. Roll it tight and place it seam up in the banneton.")
    v = NonAnswerValidator().check(with_reply(reply))
    assert v.passed and v.figures["specifics_ratio"] > NonAnswerConfig().max_specifics_ratio

def test_a_reply_to_a_statement_is_not_judged_by_specifics() -> None:
    v = NonAnswerValidator().check(with_reply(VAGUE, query="Thanks, I will bake it tomorrow "
                                                           "morning then."))
    assert v.passed

def test_prose_dialogues_are_not_judged_by_specifics() -> None:
    prose = [("Why does bread go stale so quickly?", "Starch in the crumb recrystallises as "
              "it cools and loses water to the crust, which makes it firm and dry."),
             ("Does the fridge slow that down?", "It speeds it up, because starch "
              "recrystallises fastest just above freezing; the freezer stops it."),
             ("What about the bread box?", "A bread box keeps humidity around the loaf, so "
              "the crust stays crisp longer without the crumb drying.")]
    turns: list[str] = []
    for q, a in prose:
        turns += [q, a]
    v = NonAnswerValidator().check(dialogue(*turns, "How should I slice it?", VAGUE))
    assert v.passed and "specifics_ratio" not in v.figures

def test_specifics_count_new_numbers_only() -> None:
    assert specifics("Bake it at 250 degrees.", "the oven is at 250") == 0
    assert specifics("Bake it at 230 degrees.", "the oven is at 250") == 1

def test_asks() -> None:
    assert asks("How long should it rest?") and asks("请告诉我步骤") and asks("Please list them")
    assert not asks("Thanks, that helps a lot.")

