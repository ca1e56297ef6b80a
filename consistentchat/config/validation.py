"""Validation settings: one section per built-in validator, the order, and custom validators.

Thresholds were tuned on tests/data/labelled_dialogues.jsonl (tests/test_validators_labelled.py).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from .backend import BackendConfig
from .common import IntRange, Strict

BUILTIN_ORDER = ["structure", "leakage", "placeholder", "repetition", "non_answer", "relevance",
                 "consistency", "topic", "alignment", "flow", "judge", "dedup"]


class WordRange(IntRange):
    """Length of one turn in word units (CJK characters count 1/1.6 word each)."""

    min: int = Field(ge=0)
    max: int = Field(ge=1)


class StructureConfig(Strict):
    """Turn counts, role order, empty turns, word-length bounds."""

    enabled: bool = True
    min_turns: int | None = Field(None, ge=1, description="None = the intent's own range.")
    max_turns: int | None = Field(None, ge=1, description="None = the intent's own range.")
    min_user_turns: int = Field(
        2, ge=1, description="User turns a dialogue of no known intent (foreign data) needs: "
        "a single exchange is not a multi-turn dialogue.")
    # Released ConsistentChat data: queries average ~20 words, answers ~60, with long tails.
    # Short user turns are natural in a dialogue ("Is it fire?", "人山人海！"), so queries
    # need only some text; so do answers ("Exactly right: 6x·cos(3x²)." to "So it's 6x cos(3x²)?"):
    # a reply too short for its question is relevance's check, relative to the dialogue.
    query_words: WordRange = Field(default_factory=lambda: WordRange(min=1, max=150))
    answer_words: WordRange = Field(default_factory=lambda: WordRange(min=3, max=600))


class LeakageConfig(Strict):
    """Prompt scaffolding and meta text in any turn."""

    enabled: bool = True
    dialogue_references: bool = Field(
        True, description="Reject lines that speak of the dialogue itself: a numbered turn "
        "beside a word for a part of the dialogue (\"the response for turn 3\", \"ターン2の応答\") "
        "or on a header line, role headers on their own line, notes to the writer in brackets.")
    min_note_similarity: float = Field(
        0.45, ge=0, le=2, description="Reject a bracketed aside or HTML comment in a turn at least "
        "this similar (multilingual sentence embeddings; languages the embedder covers) to one "
        "of the notes to the writer in `validators/writer_notes.txt` (persona, tone, length "
        "limits, plans for the next turn). Above 1 switches the check off.")
    writer_terms: bool = Field(
        True, description="Reject a bracketed aside that speaks of writing the reply: two or "
        "more terms of the writer's trade in any of 20 languages (tone, persona, word count, "
        "model, prompt, draft, revision, rubric, note to, instruction, check marks) or one of "
        "them beside a third-person party (the user, the customer, the student).")
    extra_patterns: list[str] = Field(
        default_factory=list, description="More regular expressions (case-insensitive) to reject."
    )


class PlaceholderConfig(Strict):
    """Unfilled template slots in any turn, outside code."""

    enabled: bool = True
    described_slots: bool = Field(
        True, description="Reject bracketed phrases of letters only in a reply, in any script "
        "(\"[Nombre del propietario]\", \"[팀장님 성함]\"): phrases of two or more words, or two or "
        "more distinct single words inside lines; not links, citations, code, checkboxes, "
        "editorial or stage brackets, interface labels, nor phrases the user wrote.")
    extra_patterns: list[str] = Field(
        default_factory=list, description="More regular expressions (case-insensitive) to reject."
    )


class RepetitionConfig(Strict):
    """Turns of one speaker that repeat each other, near-verbatim (rapidfuzz 0-100) or in other
    words (sentence-embedding cosine similarity); answers that copy their question."""

    enabled: bool = True
    same_speaker_ratio: float = Field(85.0, ge=0, le=100)
    answer_copies_query_ratio: float = Field(80.0, ge=0, le=100)
    query_similarity: float = Field(0.9, ge=-1, le=1, description="Two user turns this similar "
                                    "ask the same thing again.")
    answer_similarity: float = Field(0.9, ge=-1, le=1, description="Two assistant turns this "
                                     "similar say the same thing again...")
    max_new_words: float = Field(0.6, ge=0, le=1, description="...unless more than this share "
                                 "of the later turn's distinctive words (those not among its "
                                 "language's most common) are not in the earlier one: it says "
                                 "new things in a similar shape. 1: the similarity alone "
                                 "decides.")
    exchange_similarity: float = Field(0.7, ge=-1, le=1, description="An exchange whose query "
                                       "and answer are this similar (mean) to an earlier one's "
                                       "repeats it: the question asked again, answered again...")
    exchange_margin: float = Field(0.3, ge=0, le=2, description="...when it is also this much "
                                   "above the dialogue's median similarity between exchanges "
                                   "(dialogues of three or more exchanges).")
    passage_share: float = Field(0.5, ge=0, le=1, description="A passage (paragraph) of an "
                                 "answer with this share of its word triples from earlier "
                                 "answers repeats them...")
    passage_min_tokens: int = Field(20, ge=3, description="...when at least this many of its "
                                    "word triples are copied.")
    figure_similarity: float = Field(
        0.65, ge=-1, le=2, description="An exchange whose query and answer are on average this "
        "similar to an earlier one's, and at least `exchange_figure_margin` above the "
        "dialogue's usual, repeats it when its answer gives the earlier answer's figures "
        "again: at least `min_repeated_figures` numbers, `figure_share` of all it gives, that "
        "the earlier answer gave and its own query did not. 2: off.")
    exchange_figure_margin: float = Field(0.1, ge=0, le=2)
    min_repeated_figures: int = Field(4, ge=1)
    figure_share: float = Field(0.85, ge=0, le=1)


class NonAnswerConfig(Strict):
    """Replies that only acknowledge, praise or restate their question."""

    enabled: bool = True
    min_query_units: float = Field(4, ge=0, description="Shorter queries (thanks, ok) need no "
                                   "information in return.")
    max_meta_share: float = Field(0.5, ge=0, le=1, description="A reply with at least this "
                                  "share of sentences about the question...")
    max_specifics: int = Field(1, ge=0, description="...and at most this many specifics "
                               "(numbers, steps, lists, code, quotes) fails.")
    min_new_tokens: int = Field(3, ge=0, description="A reply with fewer tokens new to the "
                                "conversation only repeats it.")
    max_specifics_ratio: float = Field(
        0.1, ge=0, le=1, description="A reply to a question that gives at most this share of "
        "the specifics (new numbers, list items, code, quotes, emphasised terms, instructions) "
        "the dialogue's other replies usually give (their median) gives no answer...")
    min_usual_specifics: float = Field(5, ge=0, description="...when that median is at least "
                                       "this (dialogues of plain prose are not judged so)...")
    min_meta_similarity: float = Field(
        0.4, ge=0, le=2, description="...and when it talks about the question: a sentence matches "
        "the meta-discourse patterns, or (languages the embedder covers) is at least this similar "
        "to one of the sentences about a question in `validators/meta_sentences.txt` (praise, "
        "restating it, 'it depends'). A brief plain answer to a follow-up is not judged so (its "
        "length is relevance's check). Above 1 switches the embedding test off.")


class RelevanceConfig(Strict):
    """Replies too short for their question, and long replies that wander away from it."""

    enabled: bool = True
    min_query_units: float = Field(4, ge=0)
    min_answer_units: float = Field(3, ge=0, description="A reply this short (\"Yes.\") to a "
                                    "real question fails.")
    short_ratio: float = Field(0.12, ge=0, le=1, description="A reply under this share of the "
                               "dialogue's median answer...")
    short_cap_units: float = Field(12, ge=0, description="...and under this length fails.")
    rambles: bool = Field(False, description="Also check long replies for wandering away from "
                          "their question (by the similarity of their parts to it). Off by "
                          "default: on the labelled sets it rejected five good dialogues (three "
                          "of them for this alone) and caught one flaw no other check caught.")
    amounts: bool = Field(True, description="A reply to a question that asks for an amount "
                          "(how long, how many, how much... in 17 languages) fails when it names "
                          "none: no number, count or measure (years do not count).")
    ramble_min_units: float = Field(150, ge=0, description="Replies at least this long...")
    ramble_ratio: float = Field(2.0, ge=1, description="...and this many times the dialogue's "
                                "median answer are checked for wandering.")
    chunk_min_similarity: float = Field(
        0.15, ge=-1, le=1, description="A part of a long reply less similar than this to the "
        "question and to the answer before it (a short follow-up means what that answer was "
        "about) is off it.")
    max_off_chunks: float = Field(0.5, ge=0, le=1, description="Share of off parts that fails.")


class ConsistencyConfig(Strict):
    """Figures recalled as given before ("as I mentioned, $350") that no earlier turn gave."""

    enabled: bool = True
    window_chars: int = Field(40, ge=0, description="A figure this close to the words saying it "
                              "was given before ('as I mentioned', 'your', 'we set earlier', "
                              "'按前面的') is the one they recall.")
    tolerance: float = Field(0.025, ge=0, le=1, description="Relative difference still read as "
                             "the same figure (rounding).")


class TopicConfig(Strict):
    """Drift away from the scenario and the opening exchange, by sentence-embedding similarity."""

    enabled: bool = True
    min_turn_similarity: float = Field(
        0.12, ge=-1, le=1, description="An exchange less similar than this to the scenario and "
        "the opening exchange is off topic.")
    max_off_topic_turns: int = Field(0, ge=0, description="Off-topic exchanges allowed.")
    min_rest_similarity: float = Field(
        0.3, ge=-1, le=1, description="A later exchange less similar than this to the rest of "
        "the dialogue (the mean of every other exchange; dialogues of three or more exchanges) "
        "does not belong to it.")
    min_late_ratio: float = Field(
        0.5, ge=0, le=1, description="Later exchanges (after two or more) whose answers are, "
        "at the closest, less than this share as similar to the opening answers' mean as the "
        "opening answers are to each other switch away from the dialogue's goal (dialogues of "
        "three or more exchanges).")
    min_scenario_similarity: float = Field(
        0.2, ge=-1, le=1, description="The whole dialogue (the mean of its exchanges) less "
        "similar than this to the record's scenario is off topic.")
    min_new_words: float = Field(
        0.7, ge=0, le=1, description="An exchange the similarities above single out is off "
        "topic only when at least this share of its distinctive words (those not among its "
        "language's most common) occur nowhere else in the dialogue: a good move to a side "
        "question keeps naming the dialogue's things. 0: the similarities alone decide.")
    max_switch_similarity: float = Field(
        0.4, ge=-1, le=1, description="A later user turn that announces a change of subject "
        "('unrelated, but...', 'speaking of...', 'by the way', in 18 languages) leaves the "
        "dialogue's goal when its exchange is less similar than this to the anchor (the user's "
        "words and the distance together; a side question that stays close passes). -1: off.")


class AlignmentConfig(Strict):
    """Answers paired with their own queries, as an assignment problem.

    The best one-to-one pairing of answers to queries (by query-answer similarity) is found; a
    dialogue is misaligned when that pairing moves at least `min_moved` answers and beats the
    dialogue's own pairing by at least `min_gain` mean similarity per moved answer, with a clear
    `min_margin` (a follow-up question takes up the previous answer's words; that alone is no
    misalignment).
    """

    enabled: bool = True
    min_moved: int = Field(2, ge=2)
    min_gain: float = Field(0.28, ge=0, le=3)
    min_margin: float = Field(0.05, ge=0, le=3, description="...and each moved answer (the "
                              "median of them) fits its new query by this much more than both "
                              "its own query and that query's own answer.")
    lexical_weight: float = Field(1.0, ge=0, le=2, description="Weight of the overlap of a "
                                  "question's distinctive words in the answer.")
    words_only_min_gain: float = Field(
        0.25, ge=0, le=1, description="In a language the embedder does not read, the pairing is "
        "by the share of each question's distinctive word stems its answer uses, alone; this "
        "gain per moved answer...")
    words_only_min_margin: float = Field(0.0, ge=0, le=1, description="...and this margin fail.")


class FlowConfig(Strict):
    """Skeleton steps in the flow's order, every step covered, queries as planned."""

    enabled: bool = True
    match_messages: bool = Field(True, description="User turns must be the skeleton's queries.")
    min_query_ratio: float = Field(90.0, ge=0, le=100)


class JudgeConfig(Strict):
    """LLM judge: the paper's 1-10 chat-consistency score."""

    enabled: bool | None = Field(None, description="None = on unless the generator is the "
                                 "embedded model.")
    threshold: float = Field(6.0, ge=1, le=10, description="Scores under this fail.")
    reject_contradictions: bool = Field(True, description="A dialogue in which the judge names "
                                        "a contradiction of an earlier turn fails at any score.")
    max_attempts: int = Field(2, ge=1, description="Samples before an unparsable score is skipped.")
    temperature: float = Field(0.0, ge=0, le=2)
    max_tokens: int = Field(512, ge=16)
    concurrency: int = Field(16, ge=1)
    backend: BackendConfig | None = Field(
        None, description="A backend section (as in the job config) for the judge; None = the "
        "generator's backend.",
    )


class DedupConfig(Strict):
    """Dataset-level near-duplicates by MinHash LSH over word shingles."""

    enabled: bool = True
    threshold: float = Field(0.5, gt=0, le=1, description="Estimated Jaccard similarity.")
    num_perm: int = Field(128, ge=16)
    shingle_words: int = Field(3, ge=1)


class CustomValidatorConfig(Strict):
    """A user validator: its registry name and the options its factory takes."""

    name: str = Field(min_length=1)
    enabled: bool = True
    options: dict[str, Any] = Field(default_factory=dict)


class ValidationConfig(Strict):
    """The validator chain between generation and export."""

    enabled: bool = True
    order: list[str] = Field(
        default_factory=lambda: list(BUILTIN_ORDER),
        description="Validator names in run order; names left out keep their default place "
        "after the listed ones (custom validators go before judge and dedup). The judge only "
        "sees dialogues that passed the others; dedup always runs last.",
    )
    structure: StructureConfig = Field(default_factory=StructureConfig)
    leakage: LeakageConfig = Field(default_factory=LeakageConfig)
    placeholder: PlaceholderConfig = Field(default_factory=PlaceholderConfig)
    repetition: RepetitionConfig = Field(default_factory=RepetitionConfig)
    non_answer: NonAnswerConfig = Field(default_factory=NonAnswerConfig)
    relevance: RelevanceConfig = Field(default_factory=RelevanceConfig)
    consistency: ConsistencyConfig = Field(default_factory=ConsistencyConfig)
    topic: TopicConfig = Field(default_factory=TopicConfig)
    alignment: AlignmentConfig = Field(default_factory=AlignmentConfig)
    flow: FlowConfig = Field(default_factory=FlowConfig)
    judge: JudgeConfig = Field(default_factory=JudgeConfig)
    dedup: DedupConfig = Field(default_factory=DedupConfig)
    custom: list[CustomValidatorConfig] = Field(default_factory=list)
    embedding_batch_size: int = Field(64, ge=1)
    resample_on_reject: int = Field(
        2, ge=0, description="Times a dialogue a per-dialogue validator rejects is generated "
        "again, at the stage at fault (the skeleton for flaws in the queries, else the "
        "answers), before it is recorded as rejected with every attempt's reasons.")
    embedding_model: str = Field("use-multilingual", description="Registry name of the sentence "
                                 "embedder: use-multilingual (16 languages) or minilm (English).")
    inline_worker: Literal["thread", "process"] = Field(
        "thread", description="Where inline validation runs the built-in CPU-bound validators: "
        "`thread`, worker threads of the generating process; `process`, one worker process with "
        "the embedder loaded there (its own GIL; costs its start-up and ~100 MB; paid off only "
        "with a free core: see the README).")

    @model_validator(mode="after")
    def _names(self) -> "ValidationConfig":
        custom = [c.name for c in self.custom]
        clash = sorted(set(custom) & set(BUILTIN_ORDER))
        if clash:
            raise ValueError(f"custom validator {clash[0]!r} has a built-in's name; tune the "
                             f"built-in in its own section instead")
        if len(custom) != len(set(custom)):
            raise ValueError("custom validator names must be unique")
        known = set(BUILTIN_ORDER) | set(custom)
        unknown = [n for n in self.order if n not in known]
        if unknown:
            raise ValueError(f"order names unknown validator {unknown[0]!r}")
        return self

    def run_order(self) -> list[str]:
        """Every validator name (enabled or not) in run order."""
        default = [*BUILTIN_ORDER[:-2], *(c.name for c in self.custom), *BUILTIN_ORDER[-2:]]
        rest = [n for n in default if n not in self.order]
        return list(dict.fromkeys([*self.order, *rest]))
