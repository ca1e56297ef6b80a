"""Validators one by one: hand-written good and bad dialogues, each bad one rejected by the
right validator for the right reason. The embedding validators load all-MiniLM-L6-v2 offline."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from consistentchat.backends.mock import MockBackend
from consistentchat.errors import BackendRequestError, UserError
from consistentchat.records import to_sharegpt
from consistentchat.validators import (VALIDATORS, ChainResult, Dialogue, ValidationConfig,
                                       ValidationContext, Validator, Verdict, build_chain,
                                       choose_judge, summarize)
from consistentchat.validators.alignment import AlignmentValidator
from consistentchat.config import (AlignmentConfig, JudgeConfig, LeakageConfig,
                                   RepetitionConfig, StructureConfig, WordRange)


from consistentchat.validators.dedup import DedupValidator
from consistentchat.validators.embeddings import embed_dialogues
from consistentchat.validators.flow import FlowValidator
from consistentchat.validators.judge import SCHEMA, JudgeValidator, parse_judgement
from consistentchat.validators.leakage import LeakageValidator
from consistentchat.validators.repetition import RepetitionValidator
from consistentchat.validators.structure import StructureValidator
from consistentchat.validators.topic import TopicValidator

LABELLED = Path(__file__).parent / "data" / "labelled_dialogues.jsonl"
ROWS = {r["id"]: r for r in map(json.loads, LABELLED.read_text().splitlines())}
FAST = {"topic": {"enabled": False}, "alignment": {"enabled": False}}


def row(rid: str) -> dict[str, Any]:
    return copy.deepcopy(ROWS[rid])


def one(validator: Validator, record: dict[str, Any]) -> Verdict:
    d = Dialogue.from_record(record, 0)
    if validator.needs_embeddings:
        embed_dialogues([d])
    out = validator.validate([d])
    assert not hasattr(out, "__await__")
    return out[0]  # type: ignore[index]


def set_turn(record: dict[str, Any], index: int, content: str) -> dict[str, Any]:
    """`index` counts messages from 0 (user 1 = 0, answer 1 = 1, ...)."""
    record["messages"][index]["content"] = content
    return record


# A short hand-written dialogue (two exchanges) used where a full one is not needed.
BOOKING = {
    "id": "b1",
    "messages": [
        {"role": "user", "content": "Can you help me find a quiet hotel in Porto near the river "
                                    "for three nights in May?"},
        {"role": "assistant", "content": "Certainly. The Ribeira district sits right on the river "
         "but can be noisy at night; the streets just uphill, around Rua das Flores, are quieter "
         "and still a five-minute walk to the water. Book early, since May is popular."},
        {"role": "user", "content": "What would a double room there usually cost per night in "
                                    "May, roughly?"},
        {"role": "assistant", "content": "In May, mid-range hotels around Rua das Flores "
         "typically charge somewhere between 110 and 180 euros a night for a double room, with "
         "boutique places above that. Prices rise on weekends and during festivals."},
    ],
}


# --- structure ---------------------------------------------------------------------------------

def test_structure_keeps_good_dialogue() -> None:
    v = one(StructureValidator(turn_ranges={"problem_solving": (6, 8)}), row("good-13"))
    assert v.passed and not v.skipped and v.reason == "7 turns"


def test_structure_turn_range_from_intent_config_and_plan() -> None:
    rec = row("good-13")  # problem_solving, 7 turns
    del rec["num_turns"]
    rec["messages"] = rec["messages"][:8]  # 4 exchanges, intent wants 6-8
    v = one(StructureValidator(turn_ranges={"problem_solving": (6, 8)}), rec)
    assert not v.passed and "4 user turns, outside the intent's range 6-8" in v.reason
    v = one(StructureValidator(StructureConfig(min_turns=2, max_turns=4),
                               turn_ranges={"problem_solving": (6, 8)}), rec)
    assert v.passed
    rec["num_turns"] = 4  # planned with a generation.turns override outside the intent's range
    assert one(StructureValidator(turn_ranges={"problem_solving": (6, 8)}), rec).passed
    foreign = {"id": "x", "messages": rec["messages"]}
    v = one(StructureValidator(turn_ranges={"problem_solving": (6, 8)}), foreign)
    assert v.passed and "turn range not checked" in v.reason


def test_structure_word_bounds_are_configurable() -> None:
    strict = StructureConfig(answer_words=WordRange(min=50, max=600))
    v = one(StructureValidator(strict), BOOKING)
    assert not v.passed and "answer 1 has 39 words, outside 50-600" in v.reason
    assert one(StructureValidator(), BOOKING).passed


def test_structure_allows_leading_system_message() -> None:
    rec = copy.deepcopy(BOOKING)
    rec["messages"].insert(0, {"role": "system", "content": "You are a travel assistant."})
    assert one(StructureValidator(), rec).passed


# --- leakage -----------------------------------------------------------------------------------

def test_leakage_keeps_good_dialogues() -> None:
    # Role-play speaker names, "Step 1:" instructions and a closed code fence are not leakage.
    for rid in ("good-09", "good-14", "good-19", "good-26", "good-27"):
        assert one(LeakageValidator(), row(rid)).passed, rid
    rec = set_turn(copy.deepcopy(BOOKING), 3, "Step 1: compare a few hotels.\nStep 2: check "
                   "reviews.\n```yaml\nbudget: 150\n```\nPrices are usually 110-180 euros.")
    assert one(LeakageValidator(), rec).passed


@pytest.mark.parametrize("text, kind", [
    ("Question 3: What would a room cost?", "numbered label"),
    ('{"turns": [{"step": "get the key facts"', "output-format key"),
    ("turns:\n  - step: compare", "output-format key"),
    ("Rooms cost about 150 euros.\n```json", "unclosed code fence"),
    ("Question 1 about the price of rooms", "placeholder"),
    ("<reply to message 2>", "placeholder"),
    ("As an AI assistant, I do not have live prices, but rooms cost 110 to 180 euros.",
     "AI self-reference"),
])
def test_leakage_patterns(text: str, kind: str) -> None:
    v = one(LeakageValidator(), set_turn(copy.deepcopy(BOOKING), 3, text))
    assert not v.passed and "message 4" in v.reason and kind in v.reason, v.reason


def test_leakage_in_real_embedded_model_output() -> None:
    # Dialogues from a run of the embedded SmolLM2-135M model (tests/data/labelled_src).
    v = one(LeakageValidator(), row("real-57caf627"))
    assert not v.passed and "placeholder '<reply to message 1>'" in v.reason
    v = one(LeakageValidator(), row("real-cec5a261"))
    assert "placeholder '{your main question}'" in v.reason
    v = one(LeakageValidator(), row("real-b5355a0b"))  # answers "1. ...", "2. ...", "3. ..."
    assert "assistant turns numbered like list items (1, 2, 3, 4)" in v.reason
    assert "message 11 (user): list marker '*' opens the turn" in v.reason
    v = one(LeakageValidator(), row("real-9d837ee3"))  # queries end "(1)", "(2)", "(3)"
    assert "user turns numbered like list items (1, 2, 3)" in v.reason


def test_leakage_turn_numbering_and_narration() -> None:
    rec = copy.deepcopy(BOOKING)
    rec["messages"][0]["content"] = "The user asks for a quiet hotel in Porto near the river."
    v = one(LeakageValidator(), rec)
    assert not v.passed and "third-person narration 'The user'" in v.reason
    rec = copy.deepcopy(BOOKING)
    rec["messages"][1]["content"] = "1. " + rec["messages"][1]["content"]
    assert one(LeakageValidator(), rec).passed  # one list in one answer is fine
    rec["messages"][3]["content"] = "1. Check prices.\n2. Book early.\n3. Compare reviews."
    assert one(LeakageValidator(), rec).passed  # two lists, each starting at 1
    rec["messages"][3]["content"] = "2. " + BOOKING["messages"][3]["content"]
    v = one(LeakageValidator(), rec)
    assert not v.passed and "assistant turns numbered like list items (1, 2)" in v.reason


def test_leakage_extra_patterns() -> None:
    validator = LeakageValidator(LeakageConfig(extra_patterns=[r"\bRua das Flores\b"]))
    v = one(validator, BOOKING)
    assert not v.passed and "custom pattern 'Rua das Flores'" in v.reason


# --- repetition --------------------------------------------------------------------------------

def test_repetition_keeps_good_dialogue() -> None:
    v = one(RepetitionValidator(), row("good-26"))
    assert v.passed and v.score is not None and v.score < 60


def test_repetition_user_turn_copying_an_answer() -> None:
    v = one(RepetitionValidator(), row("real-9d837ee3"))  # real embedded-model output
    assert not v.passed and "user turn 6 repeats assistant turn 3 (similarity 100)" in v.reason
    rec = copy.deepcopy(BOOKING)
    rec["messages"][2]["content"] = rec["messages"][1]["content"].replace("Certainly. ", "")
    v = one(RepetitionValidator(), rec)
    assert not v.passed and "user turn 2 repeats assistant turn 1" in v.reason


def test_repetition_thresholds_are_configurable() -> None:
    loose = RepetitionValidator(RepetitionConfig(same_speaker_ratio=100))
    assert "user turns 3 and 4" not in one(loose, row("repetition-05")).reason


# --- topic -------------------------------------------------------------------------------------

def test_topic_keeps_good_dialogues_with_and_without_scenario() -> None:
    for rid in ("good-03", "good-11", "good-16"):
        rec = row(rid)
        assert one(TopicValidator(), rec).passed, rid
        del rec["scenario"]
        v = one(TopicValidator(), rec)
        assert v.passed and "record has no scenario" in v.reason


def test_topic_rejects_drift() -> None:
    v = one(TopicValidator(), row("off_topic-01"))  # bakery orders -> a holiday in Lisbon
    assert not v.passed
    assert "3 turns drift away from the scenario and opening exchange: turns 4" in v.reason
    v = one(TopicValidator(), row("off_topic-06"))  # Wi-Fi -> the Roman Republic
    assert not v.passed and "turns 4" in v.reason


def test_topic_rejects_drift_in_a_hand_written_dialogue() -> None:
    rec = copy.deepcopy(BOOKING)
    rec["messages"] += [
        {"role": "user", "content": "By the way, how do I repot a root-bound fiddle-leaf fig "
                                    "without shocking it?"},
        {"role": "assistant", "content": "Water the fig a day before, ease it out of the pot, "
         "loosen the circling roots gently, and move it to a pot only a few centimetres wider "
         "with fresh, well-draining mix. Keep it out of direct sun for a week."},
        {"role": "user", "content": "And should I fertilise it straight after repotting?"},
        {"role": "assistant", "content": "No, wait about four to six weeks. Fresh potting mix "
         "already contains nutrients, and the disturbed roots burn easily; resume a diluted "
         "liquid fertiliser once you see new leaves."},
    ]
    v = one(TopicValidator(), rec)
    assert not v.passed and v.kind == "off_topic" and set(v.turns) <= {2, 3} and v.turns, v.reason
    assert "opening exchange (record has no scenario)" in v.reason and v.notes == ("no_scenario",)


def test_topic_rejects_a_dialogue_that_ignores_its_scenario() -> None:
    # Real embedded-model output: generic project advice for a Kubernetes crash-loop scenario.
    v = one(TopicValidator(), row("real-b5355a0b"))
    assert not v.passed and "the dialogue as a whole is far from its scenario" in v.reason
    rec = row("good-13")
    rec["scenario"] = "A beekeeper whose hive is failing to build up in spring"
    v = one(TopicValidator(), rec)
    assert not v.passed and "far from its scenario" in v.reason


# --- alignment ---------------------------------------------------------------------------------

def test_alignment_keeps_good_dialogues() -> None:
    for rid in ("good-02", "good-13", "good-24"):
        assert one(AlignmentValidator(), row(rid)).passed, rid


@pytest.mark.parametrize("rid", ["misaligned-01", "misaligned-02", "misaligned-05",
                                 "misaligned-03"])
def test_alignment_rejects_shifted_and_swapped_answers(rid: str) -> None:
    v = one(AlignmentValidator(), row(rid))
    assert not v.passed and v.kind == "misaligned" and "fit another query better" in v.reason
    assert v.score is not None and v.score >= AlignmentConfig().min_gain and len(v.turns) >= 2


def test_alignment_finds_swaps_of_two_distant_turns() -> None:
    """Not only shifts: answers 2 and 5 trade places in every good dialogue. A swap of two is
    the hardest shape (only two answers move); measured: 14 of 28 caught, each naming both
    swapped turns among those it moves. This guards that figure."""
    caught = 0
    goods = [r for r in ROWS.values() if r["label"] == "good" and not r["id"].startswith("real-")]
    for rec in copy.deepcopy(goods):
        answers = rec["messages"][1::2]
        answers[1]["content"], answers[4]["content"] = answers[4]["content"], answers[1]["content"]
        v = one(AlignmentValidator(), rec)
        if not v.passed:
            caught += 1
            assert {1, 4} <= set(v.turns), v.reason
    assert caught >= len(goods) * 0.45, f"{caught} of {len(goods)} swaps caught"


def test_alignment_rejects_hand_shifted_answers() -> None:
    good = row("good-20")
    answers = [m["content"] for m in good["messages"][1::2]]
    shifted = answers[1:] + ["Glad I could help; good luck with the next tabletop."]
    for i, text in enumerate(shifted):
        good["messages"][2 * i + 1]["content"] = text
    v = one(AlignmentValidator(), good)
    assert not v.passed and "answer 1 fits query 2" in v.reason


# --- flow --------------------------------------------------------------------------------------

def test_flow_keeps_good_dialogue() -> None:
    v = one(FlowValidator(), row("good-05"))
    assert v.passed and v.reason == "7 turns follow 5 steps in order"


async def test_flow_and_scenario_checks_are_skipped_for_foreign_sharegpt_records() -> None:
    good = row("good-05")
    foreign = {"conversations": to_sharegpt(good["messages"])}  # released ConsistentChat format
    chain = build_chain(ValidationConfig())
    [result] = await chain.run([foreign])
    assert result.passed and result.id == "1"
    by_name = {v.validator: v for v in result.verdicts}
    assert by_name["flow"].skipped and by_name["flow"].reason == "skipped: record has no skeleton"
    assert not by_name["topic"].skipped and "record has no scenario" in by_name["topic"].reason
    assert "turn range not checked" in by_name["structure"].reason
    assert summarize([result])["skipped_by_validator"] == {"flow": 1}


# --- dedup -------------------------------------------------------------------------------------

def test_dedup_keeps_first_of_each_cluster() -> None:
    records = [row("good-06"), row("good-12"), row("duplicate-01"), row("duplicate-02"),
               row("good-13")]
    dialogues = [Dialogue.from_record(r, i) for i, r in enumerate(records)]
    verdicts = DedupValidator().validate(dialogues)
    assert [v.passed for v in verdicts] == [True, True, False, False, True]
    assert verdicts[2].reason.startswith("near-duplicate of good-06 (estimated Jaccard")
    assert verdicts[3].reason.startswith("near-duplicate of good-12")


async def test_dedup_runs_last_over_passing_dialogues() -> None:
    original = row("good-12")
    leaked = "Response 1: " + original["messages"][1]["content"]
    broken = set_turn(copy.deepcopy(original), 1, leaked)
    broken["id"] = "broken-first"
    chain = build_chain(ValidationConfig.model_validate(FAST))
    results = await chain.run([broken, original, row("duplicate-02")])
    assert [r.id for r in results] == ["broken-first", "good-12", "duplicate-02"]
    assert [v.validator for v in results[0].failed] == ["leakage"]
    assert "dedup" not in [v.validator for v in results[0].verdicts]  # never reached dedup
    assert results[1].passed  # the rejected copy before it does not count as "first"
    assert [v.validator for v in results[2].failed] == ["dedup"]
    assert "near-duplicate of good-12" in results[2].failed[0].reason


# --- LLM judge ---------------------------------------------------------------------------------

def judge_reply(score: Any, reasoning: str = "Every reply answers its own message.") -> str:
    return json.dumps({"reasoning": reasoning, "score": score})


async def test_judge_scores_and_keeps_reasoning() -> None:
    backend = MockBackend([judge_reply(9), judge_reply(3, "Answer 2 replies to message 3.")])
    judge = JudgeValidator(backend)
    good, bad = row("good-13"), row("misaligned-01")
    verdicts = await judge.validate([Dialogue.from_record(good, 0), Dialogue.from_record(bad, 1)])
    assert verdicts[0].passed and verdicts[0].score == 9
    assert verdicts[0].reason == "score 9/10: Every reply answers its own message."
    assert not verdicts[1].passed and verdicts[1].score == 3
    assert "Answer 2 replies to message 3." in verdicts[1].reason
    assert "threshold 6" in verdicts[1].reason
    request = backend.requests[0]
    assert request.json_schema == SCHEMA and request.schema_name == "judgement"
    assert request.sampling.temperature == 0.0
    prompt = request.messages[1]["content"]
    assert good["scenario"] in prompt and good["messages"][0]["content"] in prompt
    assert "[user 7]" in prompt and '"score"' in prompt


async def test_judge_resamples_unparsable_output_then_skips() -> None:
    backend = MockBackend(["I think it is an 8.", "```json\n" + judge_reply(7) + "\n```"])
    [v] = await JudgeValidator(backend).validate([Dialogue.from_record(row("good-01"), 0)])
    assert v.passed and v.score == 7 and len(backend.requests) == 2
    backend = MockBackend([judge_reply(11), BackendRequestError("server timed out")])
    [v] = await JudgeValidator(backend).validate([Dialogue.from_record(row("good-01"), 0)])
    assert v.passed and v.skipped
    assert v.reason == "skipped: no usable judgement after 2 attempts: server timed out"


@pytest.mark.parametrize("text, problem", [
    ("no json here", "no JSON object"),
    ('{"reasoning": "fine", "score": "high"}', "not a number from 1 to 10"),
    ('{"reasoning": "fine", "score": 0}', "not a number from 1 to 10"),
    ('{"reasoning": "fine", "score": 7', "no JSON object"),
])
def test_parse_judgement_errors(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_judgement(text)


async def test_judge_default_depends_on_embedded_model_and_sees_only_passing() -> None:
    cfg = ValidationConfig.model_validate(FAST)
    backend = MockBackend(responder=lambda r: judge_reply(4, "Drifts in turn 5."))
    off = build_chain(cfg, ValidationContext.for_intents(
        judge=choose_judge(cfg.judge, generator=EmbeddedDefault())))
    assert "judge" not in off.names
    assert off.disabled["judge"] == "off by default with the embedded model"
    on = build_chain(cfg, ValidationContext.for_intents(
        judge=choose_judge(cfg.judge, generator=backend)))
    assert on.names[-2:] == ["judge", "dedup"]
    results = await on.run([row("good-13"), row("leakage-01")])
    assert len(backend.requests) == 1  # the leaking dialogue never reaches the judge
    assert [v.validator for v in results[0].failed] == ["judge"]
    assert results[0].failed[0].reason == "score 4/10: Drifts in turn 5. (threshold 6)"
    assert ChainResult.to_reject_record(results[0], {"id": "good-13"}) == {
        "id": "good-13", "rejected_by": ["judge"],
        "reasons": ["judge: score 4/10: Drifts in turn 5. (threshold 6)"]}
    forced = ValidationConfig.model_validate({**FAST, "judge": {"enabled": True}})
    with pytest.raises(UserError, match="no judge backend"):
        choose_judge(forced.judge)
    assert choose_judge(forced.judge, generator=EmbeddedDefault()).enabled  # asked for: on


# --- one table of rejections, one row per labelled flaw ----------------------------------------

@pytest.mark.parametrize("validator, rid, reason", [
    (StructureValidator, "structure-01", "6 user queries but 5 answers"),
    (StructureValidator, "structure-02", "message 6 has role 'user', expected 'assistant'"),
    (StructureValidator, "structure-03", "message 8 (assistant) is empty"),
    (StructureValidator, "structure-04", "4 user turns, but the dialogue planned 6"),
    (StructureValidator, "structure-05", "answer 4 has 2 words, outside 3-600"),
    (StructureValidator, "structure-06", "message 1 has role 'assistant', expected 'user'"),
    (StructureValidator, "structure-07", "query 1 has 165 words, outside 1-150"),
    (LeakageValidator, "leakage-01", "message 2 (assistant): numbered label 'Response 1:'"),
    (LeakageValidator, "leakage-02", "message 3 (user): output-format key '\"step\": \"'"),
    (LeakageValidator, "leakage-03", "AI self-reference 'As an AI language model'"),
    (LeakageValidator, "leakage-04", "message 9 (user): placeholder 'Question 5 about'"),
    (LeakageValidator, "leakage-05", "message 2 (assistant): output-format key '\"thinking\": \"'"),
    (LeakageValidator, "leakage-06", "message 1 (user): role label 'User:'"),
    (LeakageValidator, "leakage-07", "message 6 (assistant): JSON list fragment"),
    (LeakageValidator, "leakage-08", "message 1 (user): prompt instruction 'Here are the 6 user messages'"),
    (RepetitionValidator, "repetition-01", "assistant turns 5 and 6 are near-identical"),
    (RepetitionValidator, "repetition-02", "user turns 2 and 5 are near-identical"),
    (RepetitionValidator, "repetition-03", "answer 3 copies its question"),
    (RepetitionValidator, "repetition-04", "assistant turns 4 and 5 are near-identical"),
    (RepetitionValidator, "repetition-05", "user turns 3 and 4 are near-identical"),
    (RepetitionValidator, "repetition-06", "answer 2 copies its question"),
    (FlowValidator, "flow-01", "skeleton turn 3 goes back from step 'check the terms' to 'compare options'"),
    (FlowValidator, "flow-02", "flow steps not covered: play a standard case"),
    (FlowValidator, "flow-03", "skeleton turn 4 names unknown flow step 'negotiate a discount'"),
    (FlowValidator, "flow-04", "user turn 3 is not the skeleton's query for step 'ask about specific cases'"),
    (FlowValidator, "flow-05", "flow steps not covered: know when to seek care"),
    (FlowValidator, "flow-06", "skeleton turn 6 goes back from step 'track and adjust' to 'compare approaches'"),
])
def test_validator_rejects(validator: type, rid: str, reason: str) -> None:
    v = one(validator(), row(rid))
    assert not v.passed and reason in v.reason, v.reason


class EmbeddedDefault(MockBackend):
    """A backend that declares itself the embedded default model."""

    @property
    def is_embedded_default(self) -> bool:
        return True


# --- chain, config, custom validators ----------------------------------------------------------

@VALIDATORS.register("max_exclamations")
class MaxExclamations(Validator):
    """A user validator: no more than `limit` exclamation marks in the assistant's turns."""

    def __init__(self, limit: int = 2) -> None:
        self.limit = limit

    def validate(self, dialogues: list[Dialogue]) -> list[Verdict]:
        out = []
        for d in dialogues:
            count = sum(a.count("!") for a in d.answers)
            out.append(self.ok(score=count) if count <= self.limit
                       else self.fail(f"{count} exclamation marks", score=count))
        return out


@VALIDATORS.register("async_length")
class AsyncLength(Validator):
    requires = ("scenario",)

    async def validate(self, dialogues: list[Dialogue]) -> list[Verdict]:
        return [self.ok() for _ in dialogues]


async def test_custom_validators_from_config() -> None:
    cfg = ValidationConfig.model_validate({
        **FAST, "custom": [{"name": "max_exclamations", "options": {"limit": 0}},
                           {"name": "async_length"}],
        "order": ["max_exclamations", "structure"],
    })
    chain = build_chain(cfg)
    assert chain.names == ["max_exclamations", "structure", "leakage", "placeholder",
                           "repetition", "non_answer", "relevance", "consistency", "flow",
                           "async_length", "dedup"]
    results = await chain.run([row("good-27"), BOOKING])  # the quiz host is enthusiastic
    assert [v.validator for v in results[0].failed] == ["max_exclamations"]
    assert results[0].failed[0].reason == "4 exclamation marks"
    assert results[1].passed
    skipped = [v for v in results[1].verdicts if v.skipped]
    assert {v.validator: v.reason for v in skipped} == {
        "flow": "skipped: record has no skeleton",
        "async_length": "skipped: record has no scenario"}


def test_config_errors() -> None:
    with pytest.raises(ValueError, match="Extra inputs are not permitted"):
        ValidationConfig.model_validate({"structur": {}})
    with pytest.raises(ValueError, match="unknown validator 'nope'"):
        ValidationConfig.model_validate({"order": ["nope"]})
    with pytest.raises(ValueError, match="built-in's name"):
        ValidationConfig.model_validate({"custom": [{"name": "leakage"}]})
    cfg = ValidationConfig.model_validate({"custom": [{"name": "not_registered"}]})
    with pytest.raises(UserError, match="unknown validator 'not_registered'"):
        build_chain(cfg)


async def test_disabled_chain_and_summary() -> None:
    cfg = ValidationConfig.model_validate({"enabled": False})
    chain = build_chain(cfg)
    results = await chain.run([row("leakage-01")])
    assert results[0].passed and results[0].verdicts == []
    cfg = ValidationConfig.model_validate({**FAST, "leakage": {"enabled": False}})
    chain = build_chain(cfg)
    assert chain.disabled == {"leakage": "disabled in the config",
                              "topic": "disabled in the config",
                              "alignment": "disabled in the config",
                              "judge": "no judge backend configured"}
    results = await chain.run([row("good-01"), row("leakage-01"), row("structure-01"),
                               row("flow-01")])
    assert summarize(results) == {
        "checked": 4, "passed": 2, "rejected": 2,
        "rejected_by_validator": {"flow": 1, "structure": 1}, "skipped_by_validator": {}}


def test_judge_backend_from_config() -> None:
    from consistentchat.config import JudgeConfig, load_job_config

    assert not choose_judge(JudgeConfig()).enabled
    choice = choose_judge(JudgeConfig(backend={"name": "mock", "model": "judge"}),
                          generator=MockBackend())
    assert isinstance(choice.backend, MockBackend) and choice.owned
    assert choose_judge(JudgeConfig(enabled=False), generator=MockBackend()).off_reason == \
        "disabled in the config"
    with pytest.raises(UserError, match="validation.judge.backend.temperature: unknown key"):
        load_job_config(None, {"validation": {"judge": {"backend": {"name": "mock",
                                                                     "temperature": 0}}}})


def test_custom_validator_bad_options() -> None:
    cfg = ValidationConfig.model_validate({"custom": [{"name": "max_exclamations",
                                                       "options": {"limt": 3}}]})
    with pytest.raises(UserError, match="'max_exclamations': bad options: .*limt"):
        build_chain(cfg)


async def test_judge_rejects_a_named_contradiction_at_any_score() -> None:
    reply = json.dumps({"contradictions": [{"turn": 4, "detail": "deposit $200, then $350"}],
                        "reasoning": "Helpful, but turn 4 changes the deposit.", "score": 8})
    v = (await JudgeValidator(MockBackend([reply])).validate([Dialogue.from_record(row("good-13"), 0)]))[0]
    assert not v.passed and v.kind == "contradiction" and "deposit $200, then $350" in v.reason
    lenient = JudgeValidator(MockBackend([reply]), config=JudgeConfig(reject_contradictions=False))
    v = (await lenient.validate([Dialogue.from_record(row("good-13"), 0)]))[0]
    assert v.passed and v.score == 8
