"""Cross-turn consistency validators: the chain between generation and export.

Users add a validator by subclassing `Validator` and registering a factory::

    from consistentchat.validators import VALIDATORS, Validator

    @VALIDATORS.register("no_emoji")
    class NoEmoji(Validator):
        def __init__(self, max_emoji: int = 0) -> None:
            self.max_emoji = max_emoji

        def validate(self, dialogues):
            return [self.ok() if ... else self.fail("reason") for d in dialogues]

and referencing it from the job config: `validation: {custom: [{name: no_emoji, options: {}}]}`.
"""

from __future__ import annotations

from .alignment import AlignmentValidator
from .base import Dialogue, Validator, Verdict
from .chain import VALIDATORS, ChainResult, ValidatorChain, build_chain, summarize
from .config import ValidationConfig
from .dedup import DedupValidator
from .flow import FlowValidator
from .judge import JudgeValidator, make_judge_backend
from .leakage import LeakageValidator
from .repetition import RepetitionValidator
from .structure import StructureValidator
from .topic import TopicValidator

for _name, _factory in (("structure", StructureValidator), ("leakage", LeakageValidator),
                        ("repetition", RepetitionValidator), ("topic", TopicValidator),
                        ("alignment", AlignmentValidator), ("flow", FlowValidator),
                        ("judge", JudgeValidator), ("dedup", DedupValidator)):
    VALIDATORS.add(_name, _factory)

__all__ = ["VALIDATORS", "ChainResult", "Dialogue", "ValidationConfig", "Validator",
           "ValidatorChain", "Verdict", "build_chain", "make_judge_backend", "summarize"]
