"""The dialogue-relative checks: each judges a turn against the dialogue's own other turns."""

from __future__ import annotations

import numpy as np

from consistentchat.config.validation import (AlignmentConfig, NonAnswerConfig, RelevanceConfig,
                                              RepetitionConfig, StructureConfig, TopicConfig)
from consistentchat.text import length_units
from consistentchat.validators.alignment import best_pairing, margin
from consistentchat.validators.base import Dialogue, unit
from consistentchat.validators.leakage import LeakageValidator
from consistentchat.validators.non_answer import NonAnswerValidator, asks, specifics
from consistentchat.validators.placeholder import find_placeholders
from consistentchat.validators.repetition import RepetitionValidator, reworded
from consistentchat.validators.topic import TopicValidator

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



RECIPE = ("Mix 500 g flour with 350 g water and leave it for thirty minutes so the flour can "
          "absorb the water fully. Then add the salt and the starter, squeeze them through the "
          "dough with wet hands, and fold it every forty-five minutes during the first two hours.")


def test_an_answer_that_pastes_an_earlier_passage_repeats_it() -> None:
    d = dialogue("How do I start the dough?", RECIPE,
                 "And how hot should the oven be?",
                 "Heat it to 250°C with the pot inside.\n\n" + RECIPE)
    v = RepetitionValidator().check(d)
    assert not v.passed and "repeats a passage" in v.reason
    assert v.figures["copied_share"] >= RepetitionConfig().passage_share


def test_an_answer_that_reuses_code_is_no_repetition() -> None:
    code = ("```python\nmerged = pd.merge(orders, customers, on='customer_id', how='left', "
            "validate='many_to_one', indicator=True, suffixes=('_order', '_customer'))\n```\n")
    d = dialogue("How do I join the tables?", code + "This keeps every order row and stops with "
                 "an error when a customer id appears twice on the right.",
                 "And how do I see which orders found no customer?",
                 code + "Then filter on the indicator column: rows marked left_only are orders "
                 "whose customer is missing from the customers table.")
    v = RepetitionValidator().check(d)
    assert v.passed and v.figures["copied_share"] < RepetitionConfig().passage_share


def test_similar_exchanges_need_a_margin_over_the_dialogues_usual_similarity() -> None:
    d = dialogue("a", "b", "c", "d", "e", "f")
    q = np.eye(3, 4, dtype=np.float32)
    q[:, 3] = 2.0  # every exchange alike: similarity 0.8 everywhere, no pair stands out
    d.embeddings = {"queries": unit(q), "answers": unit(q), "scenario": None}
    config = RepetitionConfig()
    excess, problems = reworded(d, config)
    assert excess is not None and excess < config.exchange_margin and not problems
    q = np.eye(3, 4, dtype=np.float32)
    q[:, 3] = 1.0  # exchanges 0.5 alike
    q[2] = [1, 0, 0.8, 1]  # exchange 3 says much of what exchange 1 said (0.87)
    d.embeddings = {"queries": unit(q), "answers": unit(q), "scenario": None}
    excess, problems = reworded(d, config)
    assert problems and "exchange 3 repeats exchange 1" in problems[0]


def test_a_similar_answer_that_says_new_things_is_no_repetition() -> None:
    first = ("Day one: take the train from Zurich to Lucerne, walk the Chapel Bridge, ride the "
             "boat to Vitznau and the cogwheel railway up Mount Rigi; stay in the old town.")
    again = ("On the first day go by train from Zurich to Lucerne, cross the Chapel Bridge, then "
             "boat to Vitznau and take the cogwheel railway up Rigi; sleep in the old town.")
    other = ("Day two: take the train from Lucerne to Interlaken, walk the Höheweg, ride the "
             "boat across Lake Brienz to Giessbach falls and the funicular up to the hotel.")
    vectors = unit(np.array([[1, 0.3, 0], [1, 0.3, 0.05]], dtype=np.float32))  # 0.999 alike
    d = dialogue("Plan day one?", first, "And day two?", other)
    d.embeddings = {"queries": unit(np.eye(2, 3, dtype=np.float32)), "answers": vectors,
                    "scenario": None}
    assert not reworded(d, RepetitionConfig())[1]
    d = dialogue("Plan day one?", first, "And day two?", again)
    d.embeddings = {"queries": unit(np.eye(2, 3, dtype=np.float32)), "answers": vectors,
                    "scenario": None}
    problems = reworded(d, RepetitionConfig())[1]
    assert problems and "assistant turn 2 says what turn 1 said in other words" in problems[0]


def test_generator_notes_and_role_markers_are_leakage() -> None:
    for text in ['{"role": "assistant", "content": "Sure, here it is."}',
                 "Replace the filter. (Note to self: keep the tone calm.)",
                 "That fixed it. [End of turn 4. Next turn: the customer asks about upgrades.]",
                 "（指示：300字程度で答えること）はい、大丈夫です。",
                 "User query 4: my bench press stalled, what now?"]:
        assert not LeakageValidator().check(dialogue("Hi there, can you help?", text)).passed, text


def test_a_capitalised_heading_is_not_an_output_key() -> None:
    text = "I'd pick the Mac.\n\nReasoning:\n- cheaper\n- quieter"
    assert LeakageValidator().check(dialogue("Which laptop should I buy?", text)).passed
    assert not LeakageValidator().check(dialogue("Which one?", "reasoning:\n- x")).passed


def test_a_template_variable_inside_cjk_text_is_a_placeholder() -> None:
    assert find_placeholders("他在图书馆遇见了{name}。")
    assert not find_placeholders("集合 {1, 2} 和 f(x)")


def embedded(queries: np.ndarray, answers: np.ndarray) -> Dialogue:
    d = dialogue(*[t for i in range(len(queries)) for t in (f"q{i}", f"a{i}")])
    d.embeddings = {"queries": unit(queries.astype(np.float32)),
                    "answers": unit(answers.astype(np.float32)), "scenario": None}
    return d


def test_an_exchange_far_from_the_rest_of_the_dialogue_is_off_topic() -> None:
    x = np.eye(4, 6)
    x[:, 5] = 1.2  # four exchanges on one subject (similarity ~0.6)
    v = TopicValidator().check(embedded(x, x))
    assert v.passed and v.figures["rest_similarity"] >= TopicConfig().min_rest_similarity
    x[2] = [0, 0, 0, 0, 1, 0.3]  # exchange 3 mostly about something else
    v = TopicValidator().check(embedded(x, x))
    assert not v.passed and v.turns == (2,) and "rest of the dialogue" in v.reason


def test_an_exchange_far_by_similarity_that_keeps_naming_the_dialogues_things_is_on_topic(
) -> None:
    x = np.eye(4, 6)
    x[:, 5] = 1.2
    x[2] = [0, 0, 0, 0, 1, 0.3]  # exchange 3 far from the rest by similarity
    texts = ["How do I calibrate my pH meter before the buffer run?", "Rinse the probe ...",
             "Does the acetate buffer drift if the lab warms up?", "Slightly: pKa ...",
             "Should the pH meter probe sit in the acetate buffer overnight?", "No: store ...",
             "What buffer volume do I need for the titration?", "About 50 mL ..."]
    d = dialogue(*texts)
    d.embeddings = embedded(x, x).embeddings
    v = TopicValidator().check(d)
    assert v.passed and "keep naming the dialogue's things" in v.reason
    assert v.figures["new_words"] < TopicConfig().min_new_words
    # with the lexical condition off, the similarities alone decide, as before
    v = TopicValidator(TopicConfig(min_new_words=0)).check(d)
    assert not v.passed and v.turns == (2,)
    # an exchange that names nothing of the dialogue's is still off topic
    texts[4:6] = ["Which striker should my fantasy football team sign?", "Haaland scores ..."]
    d = dialogue(*texts)
    d.embeddings = embedded(x, x).embeddings
    v = TopicValidator().check(d)
    assert not v.passed and v.turns == (2,) and v.figures["new_words"] == 1.0


def test_a_swap_needs_a_clear_margin() -> None:
    # answer 1 also fits query 2 (a follow-up takes up its words), but query 2's own answer
    # fits it better: no clear margin, no misalignment
    sim = np.array([[0.8, 0.7, 0.1], [0.9, 0.75, 0.1], [0.1, 0.1, 0.8]])
    cols, moved, gain = best_pairing(sim)
    assert moved and margin(sim, cols, moved) < AlignmentConfig().min_margin
    swapped = np.array([[0.2, 0.8, 0.1], [0.8, 0.2, 0.1], [0.1, 0.1, 0.8]])
    cols, moved, gain = best_pairing(swapped)
    assert moved == [0, 1] and margin(swapped, cols, moved) >= AlignmentConfig().min_margin


def test_length_units_in_unspaced_scripts() -> None:
    assert length_units("hello world") == 2
    assert length_units("人山人海") == 4 / 1.6
    assert 4 <= length_units("วันนี้อากาศดีมากครับ") <= 6  # Thai: no spaces between words
    assert StructureConfig().query_words.min <= length_units("Fire?")


def test_a_long_reply_to_a_short_follow_up_is_read_with_the_answer_before(monkeypatch) -> None:
    from consistentchat.validators import relevance

    topics = {"offer": [1.0, 0, 0], "poem": [0, 1.0, 0]}

    def encode(texts: list[str]) -> np.ndarray:  # a text's vector: the topic it names
        return unit(np.array([topics.get(t.split()[0], [0, 0, 1.0]) for t in texts]))

    monkeypatch.setattr(relevance, "encode", encode)
    monkeypatch.setattr(relevance, "covers", lambda language: True)
    short = "offer " + "x " * 40
    long = ". ".join(["offer terms went well"] * 60) + "."
    turns = ["offer question one here", short, "offer question two here", short,
             "how did I do?", long]
    checking = relevance.RelevanceValidator(RelevanceConfig(rambles=True))
    assert checking.validate([dialogue(*turns)])[0].passed
    turns[-1] = long.replace("offer", "poem")  # wanders to another subject
    v = checking.validate([dialogue(*turns)])[0]
    assert not v.passed and "wanders" in v.reason
    # off by default (it rejected more good dialogues than it caught flawed ones)
    assert relevance.RelevanceValidator().validate([dialogue(*turns)])[0].passed
