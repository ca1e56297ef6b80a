"""The dataset card: Hub metadata, statistics, provenance, and nothing secret or local."""

from __future__ import annotations

import re
from pathlib import Path

import datasets
import pytest
import yaml

from consistentchat import __version__
from consistentchat.errors import UserError
from consistentchat.product.card import render_card, size_category, write_card
from consistentchat.product.snapshot import load_snapshot
from consistentchat.validators import ValidationConfig
from tests.product_fixtures import HF_SECRET, SECRET_KEY, build_run


@pytest.fixture(scope="module")
def secret_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_run(tmp_path_factory.mktemp("card") / "run", plant_secrets=True)


def _meta(card: str) -> dict:
    assert card.startswith("---\n")
    return yaml.safe_load(card[4:card.index("\n---", 4)])


def test_front_matter_the_hub_understands(secret_run: Path) -> None:
    meta = _meta(render_card(load_snapshot(secret_run), None, None))
    assert meta["language"] == ["en", "zh"]
    assert meta["task_categories"] == ["text-generation"]
    assert meta["tags"] == ["synthetic", "multi-turn", "consistentchat"]
    assert meta["size_categories"] == ["n<1K"]
    assert meta["configs"] == [{"config_name": "default",
                                "data_files": [{"split": "train", "path": "data/train-*.parquet"}]}]
    assert "license" not in meta, "no license is assumed"
    licensed = render_card(load_snapshot(secret_run), None, "CC-BY-4.0")
    assert _meta(licensed)["license"] == "cc-by-4.0"


def test_bad_license_is_a_user_error(secret_run: Path) -> None:
    with pytest.raises(UserError, match="not a license identifier"):
        render_card(load_snapshot(secret_run), None, "MIT\nextra: injected")


@pytest.mark.parametrize("n, bucket", [(0, "n<1K"), (999, "n<1K"), (1000, "1K<n<10K"),
                                       (250_000, "100K<n<1M"), (10**13, "n>1T")])
def test_size_buckets(n: int, bucket: str) -> None:
    assert size_category(n) == bucket


def test_no_secret_and_no_absolute_path(secret_run: Path) -> None:
    snap = load_snapshot(secret_run)
    validation = ValidationConfig().model_dump(mode="json")
    validation["judge"]["backend"] = {"name": "openai", "api_key": SECRET_KEY,
                                      "base_url": "http://judge:8000/v1"}
    card = render_card(snap, {"turns": "../plots/turns.png"}, None, validation)
    for secret in (SECRET_KEY, HF_SECRET, "sk-test", "hf_PLANTED"):
        assert secret not in card
    assert str(secret_run) not in card and str(secret_run.parent) not in card
    assert "/home/alice" not in card and "/root/" not in card
    # Where a path is shown at all it is relative: the model checkpoint by its folder name.
    assert "`SmolLM2-135M-Instruct`" in card
    assert not re.search(r"(?<![\w.)\]])/(?:[\w.\-]+/){2,}", card.replace("https://", ""))


def test_body_sections(secret_run: Path) -> None:
    card = render_card(load_snapshot(secret_run), {"turns": "../plots/turns.png"}, "mit")
    assert f"consistentchat {__version__}" in card
    # Paper-style table with a note that CJK text counts characters.
    assert ("| intent | dialogues | avg user turns | avg words¹ / query | avg words¹ / answer |"
            in card)
    assert "| **all** | 6 | 2.50 | 15.8 | 33.2 |" in card
    assert "characters counts as one word" in card
    assert "| **all** | 10 | 6 | 3 | 1 | 60.0% | 1 | 1 | 2 | 1 |" in card  # yield, by validator
    assert "## Judge scores" in card and "| 9 | 2 | 0 |" in card
    assert "![turns](../plots/turns.png)" in card
    assert "**User** (turn 1, step `needs`)" in card  # example dialogue with flow steps
    assert "`skeleton` | `a1b2c3d4`" in card and "`travel` | `fp-travel-2222`" in card
    assert "Seed: 7" in card and "temperature=0.7" in card
    assert "SFTTrainer" in card and "load_dataset" in card
    assert "eprint        = {2506.03558}" in card and "@misc{chen2025consistentchat" in card


def test_validator_thresholds_when_known(secret_run: Path) -> None:
    validation = ValidationConfig().model_dump(mode="json")
    card = render_card(load_snapshot(secret_run), None, None, validation)
    assert re.search(r"\| `judge` \| auto \| threshold 6.0[^|]*\| 1 \| 0 \|", card)
    assert re.search(r"\| `structure` \| on \| min_user_turns 2, query_words 1–150, answer_words 3–600 \| 2 \|", card)
    assert "`dedup` | on | threshold 0.5" in card
    assert "thresholds are not recorded" not in card
    assert "thresholds are not recorded" in render_card(load_snapshot(secret_run), None, None)


def test_english_only_run_counts_words_without_cjk_note(tmp_path: Path) -> None:
    run = build_run(tmp_path / "run", scores=False)
    snap = load_snapshot(run)
    snap.accepted = [r for r in snap.accepted if r["intent"] == "learning"]
    snap.rejected = [r for r in snap.rejected if "verdicts" not in r]
    card = render_card(snap, None, None)
    assert _meta(card)["language"] == ["en"]
    assert "avg words / query" in card and "¹" not in card
    assert "## Judge scores" not in card  # no scores column, no verdicts


def test_write_card_keeps_the_saved_dataset_loadable(tmp_path: Path) -> None:
    run = build_run(tmp_path / "run")
    path = write_card(load_snapshot(run), {"turns": run / "plots" / "turns.png"}, "apache-2.0")
    assert path == run / "dataset" / "README.md"
    text = path.read_text(encoding="utf-8")
    assert "![turns](../plots/turns.png)" in text
    assert len(datasets.load_from_disk(str(run / "dataset"))) == 6
    # A later write without a license keeps the license given before.
    write_card(load_snapshot(run))
    assert _meta(path.read_text(encoding="utf-8"))["license"] == "apache-2.0"
