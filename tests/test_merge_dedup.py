"""`consistentchat merge` removes near-duplicates across shards, as one run would."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from consistentchat.backends.base import ChatRequest
from consistentchat.errors import UserError
from consistentchat.generation.run import prepare, run
from consistentchat.store import MANIFEST, REJECTS, SIGNATURES
from consistentchat.store.merge import merge_runs

from tests.helpers import ModelScript, assert_exactly_once, dataset_rows, job, read_jsonl

N = 12
OVER: dict[str, Any] = {"intents": ["educational"]}


def planted_pair() -> tuple[str, str]:
    """Two plan ids, one in each of 2 shards, whose dialogues have the same shape."""
    plan = prepare(job(Path("unused"), n=N, **OVER)).plan
    for a in plan[0::2]:
        for b in plan[1::2]:
            if (a.flow_id, a.num_turns) == (b.flow_id, b.num_turns):
                return (a.id, b.id) if a.sample_index < b.sample_index else (b.id, a.id)
    raise AssertionError("no same-shaped pair across the shards")


def make_shards(root: Path, pair: tuple[str, str], **over: Any) -> list[Path]:
    """Two shards; the planted pair gets the same text (a near-duplicate across shards)."""
    script = ModelScript()

    def plant(request: ChatRequest) -> Any:
        rid = request.request_id.split("-")[0]
        if rid not in pair:
            return None
        same = request.model_copy(update={"request_id": request.request_id.replace(rid, pair[0])})
        return script.valid(same)

    script.override = plant
    outs = []
    for index in range(2):
        out = root / f"shard{index}"
        config = job(out, n=N, shard={"index": index, "count": 2}, **{**OVER, **over})
        run(config, backend=script.backend())
        outs.append(out)
    return outs


@pytest.fixture(scope="module")
def pair() -> tuple[str, str]:
    return planted_pair()


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory, pair: tuple[str, str]) -> list[Path]:
    return make_shards(tmp_path_factory.mktemp("dedup"), pair)


def test_a_near_duplicate_across_shards_is_rejected_once(shards: list[Path], pair: tuple[str, str],
                                                         tmp_path: Path) -> None:
    first, second = pair
    assert all(first in {r["id"] for r in dataset_rows(s)} or second in
               {r["id"] for r in dataset_rows(s)} for s in shards), "each shard kept its copy"
    out = tmp_path / "merged"
    summary = merge_runs(shards, out)

    ids = {r["id"] for r in dataset_rows(out)}
    assert first in ids and second not in ids
    (dup,) = [r for r in read_jsonl(out / REJECTS) if r["id"] == second]
    assert dup["rejected_by"] == ["dedup"]
    assert dup["reasons"][0].startswith(f"dedup: near-duplicate of {first}")
    assert dup["scores"]["dedup"] > 0.5
    assert_exactly_once(out, [i.id for i in prepare(job(out, n=N, **OVER)).plan])
    assert summary["dedup"]["rejected"] == 1
    assert summary["dedup"]["settings"]["threshold"] == 0.5
    accepted = sum(s["accepted"] for s in summary["shards"])
    assert summary["totals"]["accepted"] == accepted - 1 == len(ids)
    assert summary["dedup"]["signatures_reused"] == accepted  # from the shards' signatures.jsonl
    assert summary["dedup"]["signatures_computed"] == 0
    manifest = json.loads((out / MANIFEST).read_text())
    assert manifest["validation"]["dedup"]["threshold"] == 0.5


def test_missing_signatures_are_computed(shards: list[Path], pair: tuple[str, str],
                                         tmp_path: Path) -> None:
    copies = [tmp_path / s.name for s in shards]
    for s, c in zip(shards, copies):
        shutil.copytree(s, c)
    (copies[1] / SIGNATURES).unlink()
    summary = merge_runs(copies, tmp_path / "merged")
    assert summary["dedup"]["rejected"] == 1 and summary["dedup"]["signatures_computed"] > 0
    assert pair[1] in {r["id"] for r in read_jsonl(tmp_path / "merged" / REJECTS)}


def _set_dedup(shard: Path, copy: Path, **dedup: Any) -> Path:
    shutil.copytree(shard, copy)
    manifest = json.loads((copy / MANIFEST).read_text())
    manifest["validation"]["dedup"].update(dedup)
    (copy / MANIFEST).write_text(json.dumps(manifest))
    return copy


def test_shards_that_disagree_on_dedup_settings_are_refused(shards: list[Path],
                                                            tmp_path: Path) -> None:
    other = _set_dedup(shards[1], tmp_path / "other", threshold=0.9)
    with pytest.raises(UserError) as err:
        merge_runs([shards[0], other], tmp_path / "m")
    message = str(err.value)
    assert "\n" not in message and "disagree on the dedup settings" in message
    assert "validation.dedup.threshold (0.5 -> 0.9)" in message
    assert not (tmp_path / "m" / "dataset").exists()
    forced = merge_runs([shards[0], other], tmp_path / "forced", force=True)
    assert forced["dedup"]["rejected"] == 1 and any("threshold" in w for w in forced["warnings"])


def test_dedup_disabled_in_the_shards_keeps_both(shards: list[Path], pair: tuple[str, str],
                                                 tmp_path: Path) -> None:
    off = [_set_dedup(s, tmp_path / s.name, enabled=False) for s in shards]
    summary = merge_runs(off, tmp_path / "merged")
    assert summary["dedup"] == {"settings": None, "rejected": 0}
    assert set(pair) <= {r["id"] for r in dataset_rows(tmp_path / "merged")}
