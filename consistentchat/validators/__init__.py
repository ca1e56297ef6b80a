"""Cross-turn consistency validators: the chain between generation and export.

Users add a validator by subclassing `Validator` and registering a factory::

    from consistentchat.validators import VALIDATORS, Validator

    @VALIDATORS.register("no_emoji")
    class NoEmoji(Validator):
        def __init__(self, max_emoji: int = 0) -> None:
            self.max_emoji = max_emoji

        def check(self, d):
            return self.ok() if ... else self.fail("reason", kind="emoji")

and referencing it from the job config: `validation: {custom: [{name: no_emoji, options: {}}]}`.
"""

from __future__ import annotations

from ..config.validation import ValidationConfig
from .alignment import AlignmentValidator
from .base import Dialogue, Validator, ValidatorDisabled, Verdict
from .chain import (VALIDATORS, ChainResult, ValidationContext, ValidatorChain, build_chain,
                    summarize)
from .consistency import ConsistencyValidator
from .dedup import DedupValidator
from .flow import FlowValidator
from .judge import JudgeChoice, JudgeValidator, choose_judge
from .leakage import LeakageValidator
from .non_answer import NonAnswerValidator
from .placeholder import PlaceholderValidator
from .relevance import RelevanceValidator
from .repetition import RepetitionValidator
from .structure import StructureValidator
from .topic import TopicValidator

for _name, _factory in (("structure", StructureValidator), ("leakage", LeakageValidator),
                        ("placeholder", PlaceholderValidator),
                        ("repetition", RepetitionValidator), ("non_answer", NonAnswerValidator),
                        ("relevance", RelevanceValidator),
                        ("consistency", ConsistencyValidator), ("topic", TopicValidator),
                        ("alignment", AlignmentValidator), ("flow", FlowValidator),
                        ("judge", JudgeValidator), ("dedup", DedupValidator)):
    VALIDATORS.add(_name, _factory)

__all__ = ["VALIDATORS", "ChainResult", "Dialogue", "JudgeChoice", "ValidationConfig",
           "ValidationContext", "Validator", "ValidatorChain", "ValidatorDisabled", "Verdict",
           "build_chain", "choose_judge", "summarize"]
