"""The run-folder reader, the text measures and the statistics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consistentchat.errors import UserError
from consistentchat.product.snapshot import load_snapshot
from consistentchat.product.stats import (
    compute_stats,
    judge_histogram,
    rejected_by,
    scores_of,
)
from consistentchat.text import count_tokens as count_words
from consistentchat.text import detect_language, detect_languages, has_cjk
from tests.product_fixtures import build_run


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_run(tmp_path_factory.mktemp("stats") / "run")


def test_load_snapshot_reads_every_outcome(run_dir: Path) -> None:
    snap = load_snapshot(run_dir)
    assert [r["id"] for r in snap.accepted][:2] == ["learning-0000", "travel-0001"]
    assert len(snap.accepted) == 6 and len(snap.rejected) == 3 and len(snap.failed) == 1
    assert snap.planned == 10 and snap.manifest["seed"] == 7
    assert snap.accepted[0]["scores"] == {"judge": 8.0, "alignment": 0.61}
    assert snap.parquet == run_dir / "dataset.parquet"
    assert snap.intents() == ["learning", "travel"]


@pytest.mark.parametrize("damage, message", [
    (lambda run: None, None),
    (lambda run: (run / "run.json").unlink(), "not a consistentchat run folder"),
    (lambda run: (run / "summary.json").unlink(), "has not finished"),
    (lambda run: (run / "run.json").write_text("{oops"), "run.json: manifest is not valid JSON"),
])
def test_missing_or_unfinished_run_is_a_one_line_user_error(tmp_path: Path, damage,
                                                            message: str | None) -> None:
    run = build_run(tmp_path / "run")
    damage(run)
    if message is None:
        assert load_snapshot(run).accepted
        return
    with pytest.raises(UserError, match=message) as err:
        load_snapshot(run)
    assert "\n" not in str(err.value)


def test_no_such_folder(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such run folder"):
        load_snapshot(tmp_path / "nope")


def test_save_to_disk_folder_is_read_when_parquet_is_absent(tmp_path: Path) -> None:
    run = build_run(tmp_path / "run")
    (run / "dataset.parquet").unlink()
    snap = load_snapshot(run)
    assert snap.parquet is None and len(snap.accepted) == 6


def test_word_counts_across_scripts() -> None:
    assert count_words("Hello, world! It's fine.") == 4
    assert count_words("我要去京都旅行") == 7
    assert count_words("用 Python 写代码") == 5  # 用 写 代 码 + Python
    assert count_words("  -- !! ") == 0
    assert has_cjk("京都") and not has_cjk("Kyoto")


@pytest.mark.parametrize("text, language", [
    ("Where should I start learning Python?", "en"),
    ("我下个月要去京都旅行，想安排三天的行程。", "zh"),
    ("来月京都に旅行します。おすすめはありますか？", "ja"),
    ("다음 달에 교토로 여행을 갑니다", "ko"),
    ("Привет, как дела?", "ru"),
    ("1234 ...", None),
])
def test_language_by_script(text: str, language: str | None) -> None:
    assert detect_language(text) == language


def test_languages_of_a_collection_most_frequent_first() -> None:
    assert detect_languages(["hello there", "你好", "good morning", "12"]) == ["en", "zh"]


def test_statistics_overall_and_per_intent(run_dir: Path) -> None:
    stats = compute_stats(load_snapshot(run_dir))
    overall, learning, travel = stats.lengths
    assert (overall.name, overall.dialogues) == ("all", 6)
    assert (learning.dialogues, travel.dialogues) == (4, 2)
    assert overall.avg_user_turns == pytest.approx((3 + 3 + 2 + 2 + 3 + 2) / 6)
    # Chinese queries count characters (not punctuation): 24, 20 and 17 for the three queries;
    # the travel dialogues have 3 and 2 user turns.
    assert travel.avg_query_words == pytest.approx((24 + 20 + 17 + 24 + 20) / 5)
    # English: 15, 14, 12 words; the dialogue with the planted markup opens with a 7-word query.
    assert learning.avg_query_words == pytest.approx((41 + 29 + 41 + 7 + 14) / 10)
    assert stats.cjk and stats.languages == ["en", "zh"]
    y = {row.name: row for row in stats.yields}
    total = y["all"]
    assert (total.planned, total.accepted, total.rejected, total.failed) == (10, 6, 3, 1)
    assert y["all"].yield_rate == pytest.approx(0.6)
    assert y["travel"].rejected_by == {"alignment": 1, "judge": 1, "structure": 1, "topic": 1}
    assert y["learning"].rejected_by == {"structure": 1} and y["learning"].failed == 1
    assert stats.judge_scores == {"accepted": [8.0, 9.0, 7.0, 8.0, 9.0, 6.0], "rejected": [3.0]}


def test_summary_yield_is_used_when_present(tmp_path: Path) -> None:
    run = build_run(tmp_path / "run")
    summary = json.loads((run / "summary.json").read_text())
    summary["yield"] = {"overall": 0.55, "by_intent": {"travel": {"accepted": 1, "planned": 4}}}
    (run / "summary.json").write_text(json.dumps(summary))
    y = {row.name: row for row in compute_stats(load_snapshot(run)).yields}
    assert y["all"].yield_rate == 0.55 and y["travel"].yield_rate == 0.25
    assert y["learning"].yield_rate == pytest.approx(4 / 6)  # computed where not reported


def test_rejections_and_scores_from_verdicts_or_reasons() -> None:
    assert rejected_by({"reasons": ["topic: off topic", "judge: low"]}) == ["topic", "judge"]
    verdicts = [{"validator": "flow", "passed": False, "score": 40.0},
                {"validator": "judge", "passed": True, "score": 7}]
    assert rejected_by({"verdicts": verdicts}) == ["flow"]
    assert scores_of({"verdicts": verdicts, "scores": {"judge": 8, "x": None}}) == {
        "flow": 40.0, "judge": 8.0}
    assert judge_histogram([1.2, 9.6, 10, 0]) == {1: 2, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0,
                                                  9: 0, 10: 2}
