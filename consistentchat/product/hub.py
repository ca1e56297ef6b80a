"""Publish a run to the Hugging Face Hub as a dataset repository, in one commit.

The repo gets `README.md` (the dataset card), `data/train-00000-of-00001.parquet` (the
accepted dialogues) and `plots/*.png`. The files are prepared in a temporary folder outside
the run folder, which is never written. The token comes from the argument, else from
huggingface_hub's own resolution (`HF_TOKEN`, the login cache); it is never printed or stored.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UserError
from .card import card_license, card_links, render_card
from .plots import write_plots
from .sanitize import mask_secrets
from .snapshot import RunSnapshot, load_snapshot

PARQUET_IN_REPO = "data/train-00000-of-00001.parquet"
REPO_TYPE = "dataset"


@dataclass(frozen=True)
class PushResult:
    """Where a push went."""

    repo_id: str
    commit_url: str
    commit_oid: str
    files: list[str]


def _expected_indexes(manifest: dict[str, Any]) -> set[int] | None:
    """Plan indexes (`sample_index`) the run was meant to cover, from the manifest."""
    total = manifest.get("num_dialogues")
    if not isinstance(total, int):
        return None
    shard = manifest.get("shard") or {}
    count = shard.get("count") or 1
    if shard.get("merged") is not None:
        return {k for i in shard["merged"] for k in range(i, total, count)}
    index = shard.get("index")
    return set(range(index or 0, total, count if index is not None else 1))


def publish_problems(snapshot: RunSnapshot) -> list[str]:
    """Why a run must not be published (empty when it may)."""
    problems: list[str] = []
    if not snapshot.accepted:
        problems.append("has no accepted dialogues: nothing to publish")
    records = [r for _, r in snapshot.records()]
    ids = [r.get("id") for r in records]
    if len(set(ids)) != len(ids):
        problems.append("lists a dialogue id more than once (accepted, rejected and failed "
                        "records must be disjoint)")
    planned = snapshot.planned
    if planned is not None and planned != len(records):
        problems.append(f"accounts for {len(records)} of its {planned} planned dialogues "
                        f"({len(snapshot.accepted)} accepted + {len(snapshot.rejected)} rejected "
                        f"+ {len(snapshot.failed)} failed)")
    expected = _expected_indexes(snapshot.manifest)
    present = {r.get("sample_index") for r in records}
    missing = sorted(expected - present) if expected is not None else []
    if missing:
        problems.append(f"has no record of {len(missing)} planned dialogue(s) (plan index "
                        f"{missing[0]}{' ...' if len(missing) > 1 else ''})")
    return problems


def prepare_repo_folder(snapshot: RunSnapshot, folder: Path, license: str | None = None,
                        repo_id: str | None = None) -> list[str]:
    """Write the repo's files into `folder`; returns their paths in the repo."""
    plots = write_plots(snapshot, folder / "plots")
    card = render_card(snapshot, card_links(plots, folder), license or card_license(snapshot),
                       repo_id=repo_id)
    (folder / "README.md").write_text(card, encoding="utf-8")
    data = folder / PARQUET_IN_REPO
    data.parent.mkdir(parents=True, exist_ok=True)
    if snapshot.parquet is not None:
        shutil.copyfile(snapshot.parquet, data)
    else:
        import datasets

        datasets.Dataset.from_list(snapshot.accepted).to_parquet(str(data))
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def _one_line(exc: BaseException, token: str | None) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if token:
        text = text.replace(token, "[redacted]")
    return mask_secrets(text)


def _is_transport_error(exc: BaseException) -> bool:
    """A connection/timeout error of the HTTP client huggingface_hub uses (whichever it is)."""
    if isinstance(exc, (ConnectionError, TimeoutError)):
        return True
    return any(c.__module__.split(".")[0].startswith(("httpx", "requests", "urllib3"))
               for c in type(exc).__mro__)


def push_snapshot(snapshot: RunSnapshot, repo_id: str, private: bool = False,
                  revision: str | None = None, token: str | None = None,
                  license: str | None = None) -> PushResult:
    """Create (or reuse) the dataset repo and upload the run in one commit."""
    problems = publish_problems(snapshot)
    if problems:
        raise UserError(f"refusing to push: the run {problems[0]}")
    from huggingface_hub import CommitOperationAdd, HfApi
    from huggingface_hub.errors import HfHubHTTPError

    api = HfApi(endpoint=os.environ.get("HF_ENDPOINT") or None, token=token)
    with tempfile.TemporaryDirectory(prefix="consistentchat-push-") as tmp:
        folder = Path(tmp)
        files = prepare_repo_folder(snapshot, folder, license, repo_id)
        try:
            url = api.create_repo(repo_id, repo_type=REPO_TYPE, private=private, exist_ok=True)
            full_id = url.repo_id or repo_id
            if revision:
                api.create_branch(full_id, repo_type=REPO_TYPE, branch=revision, exist_ok=True)
            info = api.create_commit(
                full_id, repo_type=REPO_TYPE, revision=revision,
                operations=[CommitOperationAdd(path_in_repo=f, path_or_fileobj=str(folder / f))
                            for f in files],
                commit_message=f"Upload {len(snapshot.accepted)} consistentchat dialogues")
        except HfHubHTTPError as exc:
            status = getattr(getattr(exc, "response", None), "status_code", None)
            hint = ("; pass --token, set HF_TOKEN or run `hf auth login` with a token that may "
                    "write to this namespace" if status in (401, 403) else "")
            raise UserError(f"push to {repo_id} failed: {_one_line(exc, token)}{hint}") from None
        except (OSError, ValueError) as exc:
            raise UserError(f"push to {repo_id} failed: {_one_line(exc, token)}") from None
        except Exception as exc:  # transport errors (httpx, httpx2, requests): one line, no token
            if not _is_transport_error(exc):
                raise
            raise UserError(f"push to {repo_id} failed: {_one_line(exc, token)}") from None
    return PushResult(repo_id=full_id, commit_url=info.commit_url, commit_oid=info.oid, files=files)


def push_run(run_dir: Path | str, repo_id: str, private: bool = False, revision: str | None = None,
             token: str | None = None, license: str | None = None) -> PushResult:
    """Publish a finished run folder to the Hub (see `push_snapshot`)."""
    return push_snapshot(load_snapshot(run_dir), repo_id, private=private, revision=revision,
                         token=token, license=license)
