"""Validation inside the run: verdicts land with each dialogue, a rejected dialogue is
re-sampled at the stage at fault, and nothing is decided twice (resume, growth, new settings)."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from tests.helpers import (ModelScript, assert_exactly_once, dataset_rows, job, plan_ids,
                           read_jsonl, sentence)

from consistentchat.backends.base import ChatRequest
from consistentchat.generation.run import run
from consistentchat.store import DIALOGUES, REJECTS, VERDICTS
from consistentchat.validators import VALIDATORS, Dialogue, Validator, Verdict

CALLS: list[str] = []  # ids the counting validator saw, in order


@VALIDATORS.register("counting")
class Counting(Validator):
    """Passes everything; records which dialogues it was asked about."""

    def __init__(self, mark: str = "") -> None:
        self.mark = mark

    def check(self, d: Dialogue) -> Verdict:
        CALLS.append(d.id)
        return self.ok(score=1.0)


@VALIDATORS.register("no_flaw")
class NoFlaw(Validator):
    """Rejects dialogues whose answers carry the FLAWED marker (a stand-in for a real flaw)."""

    def check(self, d: Dialogue) -> Verdict:
        if any("FLAWED" in a for a in d.answers):
            return self.fail("an answer is flawed", kind="flawed")
        return self.ok()


def counting_job(out: Path, n: int, **over: Any) -> Any:
    return job(out, n=n, validation={"judge": {"enabled": False}, "topic": {"enabled": False},
                                     "alignment": {"enabled": False},
                                     "custom": [{"name": "counting", "options": over}]})


def test_resumed_finished_run_decides_nothing_and_growth_validates_only_new(tmp_path: Path) -> None:
    CALLS.clear()
    first = counting_job(tmp_path / "out", n=6)
    run(first, backend=ModelScript().backend())
    assert sorted(CALLS) == sorted(plan_ids(first))  # each dialogue once, as it landed

    CALLS.clear()
    again = run(first, backend=ModelScript().backend())
    assert CALLS == [], "a resumed finished run re-validates nothing"
    assert again.summary["validation"]["validator_runs_at_export"] == 0

    CALLS.clear()
    grown = counting_job(tmp_path / "out", n=9)
    result = run(grown, backend=ModelScript().backend())
    assert sorted(CALLS) == sorted(set(plan_ids(grown)) - set(plan_ids(first)))
    assert result.summary["validation"]["validator_runs_at_export"] == 0
    assert_exactly_once(grown.out, plan_ids(grown))


def test_changing_one_validators_settings_reruns_only_that_validator(tmp_path: Path) -> None:
    CALLS.clear()
    run(counting_job(tmp_path / "out", n=5), backend=ModelScript().backend())
    CALLS.clear()
    changed = counting_job(tmp_path / "out", n=5, mark="v2")  # new settings, same dialogues
    result = run(changed, backend=ModelScript().backend())
    assert sorted(CALLS) == sorted(plan_ids(changed))
    # only the counting validator ran again: 5 dialogues x 1 validator
    assert result.summary["validation"]["validator_runs_at_export"] == 5
    logged = read_jsonl(changed.out / VERDICTS)
    assert {r["validator"] for r in logged} == {"counting"} and len(logged) == 5
    CALLS.clear()
    run(changed, backend=ModelScript().backend())
    assert CALLS == [], "the new verdicts were kept"


def flawed_first_time(request: ChatRequest) -> str | None:
    """The first response of every dialogue is flawed; re-samples are fine."""
    if request.schema_name == "responses" and request.request_id.endswith("-response-0"):
        n = request.json_schema["properties"]["answers"]["minItems"]
        rng = random.Random(request.request_id)
        return json.dumps({"thinking": "t", "answers": [f"FLAWED {sentence(rng, 12)}"
                                                        for _ in range(n)]})
    return None


def rejection_job(out: Path, n: int, budget: int) -> Any:
    return job(out, n=n, validation={"judge": {"enabled": False}, "topic": {"enabled": False},
                                     "alignment": {"enabled": False}, "non_answer":
                                     {"enabled": False}, "relevance": {"enabled": False},
                                     "resample_on_reject": budget,
                                     "custom": [{"name": "no_flaw"}]})


def test_rejected_dialogues_are_resampled_at_the_stage_at_fault(tmp_path: Path) -> None:
    config = rejection_job(tmp_path / "out", n=6, budget=2)
    script = ModelScript(flawed_first_time)
    backend = script.backend()
    result = run(config, backend=backend)
    assert_exactly_once(config.out, plan_ids(config))
    assert result.summary["accepted"] == 6 and result.summary["yield"]["overall"] == 1.0
    assert result.summary["this_session"]["resampled"] == {"responses": 6}
    # the answers were regenerated, the skeleton kept: one skeleton request per dialogue
    skeletons = [r for r in backend.requests if r.schema_name == "skeleton"]
    assert len(skeletons) == 6
    for record in read_jsonl(config.out / DIALOGUES):
        attempts = record["validation"]["rejected_attempts"]
        assert len(attempts) == 1 and attempts[0]["regenerate"] == "responses"
        assert attempts[0]["reasons"] == ["no_flaw: an answer is flawed"]
    assert not any("FLAWED" in json.dumps(row) for row in dataset_rows(config.out))


def test_budget_spent_leaves_one_rejected_record_with_every_attempt(tmp_path: Path) -> None:
    config = rejection_job(tmp_path / "out", n=4, budget=2)
    always = ModelScript(lambda r: flawed_first_time(
        r.model_copy(update={"request_id": r.request_id.rsplit("-", 1)[0] + "-0"})))
    result = run(config, backend=always.backend())
    assert_exactly_once(config.out, plan_ids(config))
    rejects = read_jsonl(config.out / REJECTS)
    assert len(rejects) == 4 and result.summary["accepted"] == 0
    for record in rejects:
        assert record["rejected_by"] == ["no_flaw"]
        # two re-samples: responses first, then the skeleton too
        assert [a["regenerate"] for a in record["rejected_attempts"]] == ["responses", "skeleton"]
    assert result.summary["yield"]["overall"] == 0.0
