"""Typer command functions for the run products; register them in the main CLI with
`app.command("card")(guarded(card_command))` etc. Bad input raises `UserError`.

`finish_run_products(run_dir)` is the hook for the end of every `generate` run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import typer

from ..errors import UserError
from .card import check_license, write_card
from .hub import push_run
from .plots import write_plots
from .snapshot import load_snapshot
from .stats import compute_stats
from .trainers import LLAMAFACTORY_DIR, write_llamafactory_snapshot
from .viewer import write_viewer

PLOTS_DIR = "plots"
VIEWER_FILE = "viewer.html"


def finish_run_products(run_dir: Path | str,
                        validation: dict[str, Any] | None = None) -> dict[str, Path]:
    """Write RUN/plots/*.png, the card (RUN/dataset/README.md), RUN/viewer.html and
    RUN/llamafactory/; returns {"card", "viewer", "llamafactory", "plot:<name>"...} -> path.

    `validation` is the validator config (`ValidationConfig.model_dump()`), for the card's
    thresholds."""
    run_dir = Path(run_dir)
    snapshot = load_snapshot(run_dir)
    plots = write_plots(snapshot, run_dir / PLOTS_DIR)
    out: dict[str, Path] = {f"plot:{name}": path for name, path in plots.items()}
    out["card"] = write_card(snapshot, plots, validation=validation)
    out["viewer"] = write_viewer(snapshot, run_dir / VIEWER_FILE, plots)
    out["llamafactory"] = write_llamafactory_snapshot(snapshot, run_dir / LLAMAFACTORY_DIR)
    return out


def card_command(
    run: Path = typer.Argument(..., help="A finished run folder."),
    license: Optional[str] = typer.Option(None, "--license", help="Hub license id (e.g. "
                                          "apache-2.0, cc-by-4.0); none is assumed."),
) -> None:
    """Write the dataset card (RUN/dataset/README.md), with plots in RUN/plots/."""
    check_license(license)
    snapshot = load_snapshot(run)
    plots = write_plots(snapshot, Path(run) / PLOTS_DIR)
    path = write_card(snapshot, plots, license=license)
    print(f"card: {path}")


def stats_command(
    run: Path = typer.Argument(..., help="A finished run folder."),
    plots: Optional[Path] = typer.Option(None, "--plots", help="Also write PNG plots here."),
) -> None:
    """Print the dataset statistics: per intent, dialogues, turns, lengths, yield."""
    from rich.console import Console
    from rich.table import Table

    snapshot = load_snapshot(run)
    stats = compute_stats(snapshot)
    unit = "words (CJK: chars)" if stats.cjk else "words"
    lengths = Table("intent", "dialogues", "avg user turns", f"avg {unit} / query",
                    f"avg {unit} / answer", title="accepted dialogues")
    for row in stats.lengths:
        lengths.add_row(row.name, *row.cells())
    outcomes = Table("intent", "planned", "accepted", "rejected", "failed", "yield",
                     title="outcomes")
    for row in stats.yields:
        outcomes.add_row(row.name, str(row.planned), str(row.accepted), str(row.rejected),
                         str(row.failed), row.rate_text())
    console = Console()
    console.print(lengths)
    console.print(outcomes)
    if stats.validators:
        rejections = Table("validator", *(row.name for row in stats.yields),
                           title="rejected dialogues by validator")
        for name in stats.validators:
            rejections.add_row(name, *(str(row.rejected_by.get(name, 0)) for row in stats.yields))
        console.print(rejections)
    if plots is not None:
        try:
            written = write_plots(snapshot, plots, stats)
        except OSError as exc:
            raise UserError(f"{plots}: cannot write plots ({exc.strerror or exc})") from None
        print("plots: " + ", ".join(str(p) for p in written.values()))


def view_command(
    run: Path = typer.Argument(..., help="A finished run folder."),
    out: Optional[Path] = typer.Option(None, "--out", help="HTML file (default RUN/viewer.html)."),
) -> None:
    """Write a self-contained HTML viewer of the run (opens from disk, no network)."""
    import tempfile

    snapshot = load_snapshot(run)
    target = out or Path(run) / VIEWER_FILE
    if target.is_dir():
        raise UserError(f"{target}: is a directory; give a file name for --out")
    with tempfile.TemporaryDirectory(prefix="consistentchat-view-") as tmp:
        plots = write_plots(snapshot, Path(tmp))  # embedded, so they need not be kept
        try:
            path = write_viewer(snapshot, target, plots)
        except OSError as exc:
            raise UserError(f"{target}: cannot write ({exc.strerror or exc})") from None
    print(f"viewer: {path}")


def push_command(
    run: Path = typer.Argument(..., help="A finished run folder."),
    repo_id: str = typer.Argument(..., help="Dataset repo on the Hub, e.g. user/my-dataset."),
    private: bool = typer.Option(False, "--private", help="Create the repo as private."),
    revision: Optional[str] = typer.Option(None, "--revision", help="Branch to commit to."),
    token: Optional[str] = typer.Option(None, "--token", help="Hub token (default: HF_TOKEN or "
                                        "the `hf auth login` cache).", show_default=False),
    license: Optional[str] = typer.Option(None, "--license", help="Hub license id for the card "
                                          "(default: the license of the card written earlier)."),
) -> None:
    """Publish the accepted dialogues, the card and the plots to the Hub, in one commit."""
    check_license(license)
    result = push_run(run, repo_id, private=private, revision=revision, token=token,
                      license=license)
    print(f"pushed {len(result.files)} files to {result.repo_id}: {result.commit_url}")
