"""Plots (PNG files) and the self-contained HTML viewer."""

from __future__ import annotations

import base64
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from consistentchat.product.plots import write_plots
from consistentchat.product.snapshot import load_snapshot
from consistentchat.product.viewer import json_for_script, render_viewer, write_viewer
from tests.product_fixtures import HF_SECRET, NASTY, SECRET_KEY, build_run

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_run(tmp_path_factory.mktemp("viewer") / "run", plant_secrets=True)


def test_plots_are_pngs_and_judge_plot_only_with_scores(run_dir: Path, tmp_path: Path) -> None:
    plots = write_plots(load_snapshot(run_dir), tmp_path / "plots")
    assert set(plots) == {"turns", "lengths", "yield", "judge"}
    for path in plots.values():
        assert path.read_bytes().startswith(PNG) and path.stat().st_size > 5000
    unscored = build_run(tmp_path / "unscored", scores=False)
    snap = load_snapshot(unscored)
    snap.rejected = [r for r in snap.rejected if "verdicts" not in r]
    again = write_plots(snap, tmp_path / "plots")
    assert set(again) == {"turns", "lengths", "yield"}
    assert not (tmp_path / "plots" / "judge.png").exists(), "a stale judge plot is removed"


def test_no_plots_of_accepted_data_for_an_empty_run(tmp_path: Path) -> None:
    snap = load_snapshot(build_run(tmp_path / "run", accepted=[], planned=4))
    assert set(write_plots(snap, tmp_path / "plots")) == {"yield", "judge"}


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[tuple[dict, str]] = []
        self.srcs: list[str] = []
        self.links: list[dict] = []
        self._open: dict | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attrs = dict(attrs)
        if tag == "script":
            self._open = attrs
            self.scripts.append((attrs, ""))
        if "src" in attrs:
            self.srcs.append(attrs["src"])
        if tag == "link":
            self.links.append(attrs)

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._open = None


def test_viewer_is_self_contained_and_escapes_everything(run_dir: Path, tmp_path: Path) -> None:
    snap = load_snapshot(run_dir)
    plots = write_plots(snap, tmp_path / "plots")
    page = write_viewer(snap, tmp_path / "view.html", plots).read_text(encoding="utf-8")
    parser = _Collect()
    parser.feed(page)
    # No network: no external script, stylesheet or image; plots are data URIs.
    assert not parser.links and all(s.startswith("data:image/png;base64,") for s in parser.srcs)
    assert len(parser.srcs) == 4
    assert base64.b64decode(parser.srcs[0].split(",", 1)[1]).startswith(PNG)
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    # Exactly two scripts: the data block and the code; the planted </script> did not split it.
    assert [a.get("type") for a, _ in parser.scripts] == ["application/json", None]
    assert "<script>alert" not in page and "<b>bold</b>" not in page
    data = json.loads(parser.scripts[0][1])
    nasty = next(d for d in data["dialogues"] if d["id"] == "learning-0006")
    assert nasty["turns"][0] == {"role": "user", "content": NASTY, "step": "needs"}
    # Every record, with its outcome, flow steps, verdicts and scores.
    assert [d["outcome"] for d in data["dialogues"]].count("accepted") == 6
    assert {d["id"]: d["outcome"] for d in data["dialogues"]}["learning-0009"] == "failed"
    rejected = next(d for d in data["dialogues"] if d["id"] == "travel-0005")
    assert rejected["rejected_by"] == ["alignment", "judge"]
    assert rejected["scores"] == {"alignment": 0.2, "judge": 3.0}
    assert [v["validator"] for v in rejected["verdicts"]] == ["structure", "alignment", "judge"]
    assert data["intents"] == ["learning", "travel"]
    assert data["validators"] == ["alignment", "judge", "structure", "topic"]
    # Nothing secret, no absolute path.
    for secret in (SECRET_KEY, HF_SECRET):
        assert secret not in page
    assert str(run_dir.parent) not in page and "/home/alice" not in page
    failed = next(d for d in data["dialogues"] if d["outcome"] == "failed")
    assert failed["reasons"] == [
        "skeleton: backend said 401 for key [redacted]; log at logs/err.txt"]


def test_json_for_script_round_trips_and_has_no_markup() -> None:
    value = {"a": NASTY, "b": "<!-- & -->", "c": "\u2028\u2029"}
    text = json_for_script(value)
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == value


def test_render_without_plots_says_so(run_dir: Path) -> None:
    assert "No plots." in render_viewer(load_snapshot(run_dir))
