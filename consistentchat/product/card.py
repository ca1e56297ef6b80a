"""The dataset card (`README.md` with Hub YAML front matter) of a run.

Everything shown is chosen field by field and passed through `sanitize.redact`: no API keys or
tokens, no absolute paths (the summary's `out`/`dataset`/`parquet` are never printed).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import yaml

from .. import __version__
from ..errors import UserError
from .sanitize import redact, redact_record
from ..store import DATASET_DIR
from .snapshot import CARD_NAME, RunSnapshot
from .stats import OVERALL, RunStats, compute_stats, judge_histogram

DATA_FILES = "data/train-*.parquet"  # where `hub.push_run` puts the parquet data
ARXIV = "2506.03558"
CITATION = """@misc{chen2025consistentchat,
  title         = {ConsistentChat: Building Skeleton-Guided Consistent Dialogues for Large Language Models from Scratch},
  author        = {Jiawei Chen and Xinyan Guan and Qianhao Yuan and Guozhao Mo and Weixiang Zhou and Yaojie Lu and Hongyu Lin and Ben He and Le Sun and Xianpei Han},
  year          = {2025},
  eprint        = {2506.03558},
  archivePrefix = {arXiv},
  primaryClass  = {cs.CL},
  url           = {https://arxiv.org/abs/2506.03558}
}"""
_SIZE_BUCKETS = [(1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                 (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M"), (100_000_000, "10M<n<100M"),
                 (1_000_000_000, "100M<n<1B"), (10**10, "1B<n<10B"), (10**11, "10B<n<100B"),
                 (10**12, "100B<n<1T")]
_LICENSE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+\-]*$")


def size_category(n: int) -> str:
    """The Hub's `size_categories` bucket of `n` rows."""
    for limit, name in _SIZE_BUCKETS:
        if n < limit:
            return name
    return "n>1T"


def check_license(license: str | None) -> str | None:
    """A Hub license identifier (e.g. apache-2.0, cc-by-4.0, other), or UserError."""
    if license is None:
        return None
    if not _LICENSE.match(license):
        raise UserError(f"--license {license!r} is not a license identifier (e.g. apache-2.0, "
                        "cc-by-4.0, mit, other)")
    return license.lower()


def front_matter(snapshot: RunSnapshot, stats: RunStats, license: str | None) -> dict[str, Any]:
    """The card's YAML metadata."""
    meta: dict[str, Any] = {}
    if license:
        meta["license"] = license
    if stats.languages:
        meta["language"] = stats.languages
    meta.update({
        "task_categories": ["text-generation"],
        "tags": ["synthetic", "multi-turn", "consistentchat"],
        "size_categories": [size_category(len(snapshot.accepted))],
        "configs": [{"config_name": "default",
                     "data_files": [{"split": "train", "path": DATA_FILES}]}],
    })
    return meta


def _cell(value: Any) -> str:
    text = value if isinstance(value, str) else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def _numeric(value: Any) -> bool:
    return isinstance(value, (int, float)) or bool(re.fullmatch(r"[\d.,%]+|n/a|–", str(value)))


def _table(header: list[str], rows: list[list[Any]]) -> str:
    """A Markdown table; columns whose cells are all numbers are right-aligned."""
    right = [i > 0 and bool(rows) and all(_numeric(r[i]) for r in rows) for i in range(len(header))]
    lines = ["| " + " | ".join(map(_cell, header)) + " |",
             "|" + "|".join("---:" if r else "---" for r in right) + "|"]
    lines += ["| " + " | ".join(map(_cell, row)) + " |" for row in rows]
    return "\n".join(lines)


def _name(row_name: str) -> str:
    return "**all**" if row_name == OVERALL else f"`{row_name}`"


def statistics_section(stats: RunStats) -> str:
    """The paper-style table: dialogues, avg user turns, avg words per query / answer."""
    unit = "words¹" if stats.cjk else "words"
    rows = [[_name(r.name), *r.cells()] for r in stats.lengths]
    text = _table(["intent", "dialogues", "avg user turns", f"avg {unit} / query",
                   f"avg {unit} / answer"], rows)
    if stats.cjk:
        text += ("\n\n¹ Chinese and Japanese text has no spaces between words: each of its "
                 "characters counts as one word (token); other text counts whitespace-separated "
                 "words.")
    return text


def yield_section(stats: RunStats) -> str:
    """Outcomes per intent and rejections by validator."""
    validators = stats.validators
    rows = [[_name(r.name), r.planned, r.accepted, r.rejected, r.failed, r.rate_text()]
            + [r.rejected_by.get(v, 0) for v in validators] for r in stats.yields]
    header = ["intent", "planned", "accepted", "rejected", "failed", "yield"]
    text = _table(header + [f"rejected by {v}" for v in validators], rows)
    return text + ("\n\nA rejected dialogue may be rejected by more than one validator; "
                   "failed ones had unusable model output." if validators else "")


def judge_section(stats: RunStats) -> str:
    """Judge-score distribution (1-10) by outcome."""
    outcomes = list(stats.judge_scores)
    hist = {o: judge_histogram(s) for o, s in stats.judge_scores.items()}
    rows = [[point] + [hist[o][point] for o in outcomes] for point in range(1, 11)]
    means = ", ".join(f"{o}: mean {sum(s) / len(s):.2f} over {len(s)}"
                      for o, s in stats.judge_scores.items())
    return _table(["judge score"] + outcomes, rows) + f"\n\n{means}."


def _fence(text: str) -> str:
    ticks = max([3] + [len(m) + 1 for m in re.findall(r"`{3,}", text)])
    return "`" * ticks + "text\n" + text + "\n" + "`" * ticks


def example_section(record: dict[str, Any]) -> str:
    """One accepted dialogue, turn by turn with the flow step of each user turn."""
    from .stats import messages_of

    steps = [t.get("step") for t in record.get("skeleton") or [] if isinstance(t, dict)]
    parts = [f"Intent `{record.get('intent')}`, flow `{record.get('flow')}`"
             + (f" ({' → '.join(map(str, record.get('flow_steps') or []))})"
                if record.get("flow_steps") else "") + ".",
             f"Scenario: {record.get('scenario')}" if record.get("scenario") else ""]
    user_turn = 0
    for message in messages_of(record):
        if message["role"] == "user":
            step = steps[user_turn] if user_turn < len(steps) else None
            user_turn += 1
            label = f"**User** (turn {user_turn}" + (f", step `{step}`)" if step else ")")
        else:
            label = "**Assistant**" if message["role"] == "assistant" else f"**{message['role']}**"
        parts.append(label + "\n\n" + _fence(message["content"]))
    return "\n\n".join(p for p in parts if p)


def _settings(section: Any) -> str:
    if not isinstance(section, dict):
        return ""
    items = []
    for key, value in section.items():
        if key in ("enabled", "backend", "options") or value in (None, [], {}):
            continue
        if isinstance(value, dict) and {"min", "max"} <= set(value):
            items.append(f"{key} {value['min']}–{value['max']}")
        elif isinstance(value, (int, float, str, bool)):
            items.append(f"{key} {value}")
    return ", ".join(items)


def validators_section(snapshot: RunSnapshot, validation: dict[str, Any] | None) -> str:
    """The validator chain with thresholds (when `validation` is given) and its counts."""
    counts = snapshot.summary.get("validation") or {}
    rejected = counts.get("rejected_by_validator") or {}
    skipped = counts.get("skipped_by_validator") or {}
    rows = []
    if validation:
        order = list(validation.get("order") or [])
        custom = {c.get("name"): c for c in validation.get("custom") or [] if isinstance(c, dict)}
        names = list(dict.fromkeys(order + [k for k in validation if isinstance(validation[k], dict)
                                            and "enabled" in validation[k]] + list(custom)))
        for name in names:
            section = validation.get(name) or custom.get(name) or {}
            enabled = section.get("enabled", True) if validation.get("enabled", True) else False
            state = {True: "on", False: "off", None: "auto"}.get(enabled, str(enabled))
            settings = _settings(section) or _settings(section.get("options"))
            rows.append([f"`{name}`", state, settings or "defaults", rejected.get(name, 0),
                         skipped.get(name, 0)])
        return _table(["validator", "enabled", "thresholds", "rejected", "skipped"], rows)
    names = list(dict.fromkeys([*rejected, *skipped]))
    rows = [[f"`{n}`", rejected.get(n, 0), skipped.get(n, 0)] for n in names]
    note = "Validator thresholds are not recorded in the run folder."
    return (_table(["validator", "rejected", "skipped"], rows) + "\n\n" + note) if rows else note


def _inline(value: Any) -> str:
    """A settings dict as `k=v, ...` (other values as they are)."""
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items() if v is not None) or "defaults"
    return str(value)


def provenance_section(snapshot: RunSnapshot) -> str:
    """Tool version, model, sampling, templates, seed, intents, outcome counts."""
    m = redact(snapshot.manifest, snapshot.run_dir)
    s = redact(snapshot.summary, snapshot.run_dir)
    gen = m.get("generation") or {}
    shard = m.get("shard") or {}
    lines = [f"- Tool: consistentchat {__version__}",
             f"- Generator model: `{m.get('model') or s.get('model')}` "
             f"(backend: {m.get('backend')})",
             f"- Response mode: {gen.get('response_mode')}; "
             f"turns: {_inline(gen.get('turns') or 'per intent')}; "
             f"max attempts: {gen.get('max_attempts')}",
             f"- Skeleton sampling: {_inline(gen.get('skeleton_sampling'))}",
             f"- Response sampling: {_inline(gen.get('response_sampling'))}",
             f"- Seed: {m.get('seed')}; planned dialogues: {m.get('num_dialogues')}"
             + (f"; shard {shard.get('index')} of {shard.get('count')}"
                if shard.get("count", 1) != 1 and shard.get("index") is not None else "")
             + (f"; merged shards {shard['merged']}" if shard.get("merged") is not None else ""),
             f"- Created: {m.get('created')}"]
    counts = {"planned": snapshot.planned, "generated": s.get("generated"),
              "accepted": len(snapshot.accepted), "rejected": len(snapshot.rejected),
              "failed": len(snapshot.failed)}
    lines.append("- Outcome: " + ", ".join(f"{k} {v}" for k, v in counts.items() if v is not None)
                 + (f" (failed by stage: {_inline(s['failed_by_stage']).replace('=', ' ')})"
                    if isinstance(s.get("failed_by_stage"), dict) and s["failed_by_stage"] else ""))
    templates = m.get("templates") or {}
    intents = m.get("intents") or {}
    parts = ["\n".join(lines)]
    for title, header, items in (("Prompt templates (content hashes)", "hash", templates),
                                 ("Intents (definition fingerprints)", "fingerprint", intents)):
        if items:
            rows = [[f"`{k}`", f"`{v}`"] for k, v in items.items()]
            first = "template" if header == "hash" else "intent"
            parts.append(f"{title}:\n\n" + _table([first, header], rows))
    return "\n\n".join(parts)


def usage_section(repo_id: str | None) -> str:
    """How to load the data (datasets), fine-tune on it (TRL), or hand it to LLaMA-Factory."""
    where = (f'"{repo_id}", split="train")' if repo_id else
             '"<repo_id>", split="train")  # after `consistentchat push RUN <repo_id>`')
    return f"""```python
from datasets import load_dataset

ds = load_dataset({where}
# or, from the run folder: datasets.load_from_disk("dataset"), or
# load_dataset("parquet", data_files="dataset.parquet", split="train")
print(ds[0]["messages"])  # [{{"role": "user", "content": ...}}, {{"role": "assistant", ...}}, ...]
```

Fine-tune with TRL (the `messages` column is in the conversational format `SFTTrainer` takes):

```python
from trl import SFTConfig, SFTTrainer

trainer = SFTTrainer(
    model="HuggingFaceTB/SmolLM2-135M-Instruct",
    train_dataset=ds.select_columns(["messages"]),
    args=SFTConfig(output_dir="sft", max_length=2048),
)
trainer.train()
```

LLaMA-Factory: the run folder's `llamafactory/dataset_info.json` (written by
`consistentchat.product.trainers.write_llamafactory_info`) registers the data in ShareGPT form
(`conversations` column); pass `--dataset_dir RUN/llamafactory --dataset consistentchat`."""


def render_card(snapshot: RunSnapshot, plots: dict[str, str] | None = None,
                license: str | None = None, validation: dict[str, Any] | None = None,
                repo_id: str | None = None) -> str:
    """The dataset card as Markdown with YAML front matter.

    `plots` maps plot names to links relative to the card; `license` is a Hub license id (none
    is assumed when absent); `validation` is the validator config (for thresholds; default: the
    manifest's `validation` section, if the run recorded one); `repo_id` names the Hub repo in
    the loading example.
    """
    license = check_license(license)
    if validation is None and isinstance(snapshot.manifest.get("validation"), dict):
        validation = snapshot.manifest["validation"]
    stats = compute_stats(snapshot)
    meta = yaml.safe_dump(front_matter(snapshot, stats, license), sort_keys=False,
                          allow_unicode=True)
    n = len(snapshot.accepted)
    sections = [
        f"---\n{meta}---",
        f"# ConsistentChat dialogues ({n} multi-turn conversations)",
        f"Synthetic multi-turn chat dialogues generated with consistentchat {__version__}, "
        f"following the ConsistentChat method ([arXiv {ARXIV}](https://arxiv.org/abs/{ARXIV})): "
        "each dialogue follows an intent trajectory (a flow of steps); "
        "its user queries are planned first as a skeleton, then answered. Dialogues passed a "
        "chain of consistency validators; the rejected and failed ones are not part of this "
        "dataset but are counted below."
        + ("" if license else "\n\nNo license was specified for this dataset."),
        "## Data fields\n\n"
        "- `messages`: the dialogue as `{role, content}` turns (chat-template / TRL format)\n"
        "- `conversations`: the same dialogue in ShareGPT form (`{from: human|gpt, value}`)\n"
        "- `intent`, `flow`, `flow_steps`, `scenario`: the planned intent trajectory\n"
        "- `skeleton`: the planned user queries with the flow step of each turn\n"
        "- `num_turns`, `response_mode`, `model`, `sampling`, `prompt_hashes`, `seed`, "
        "`sample_index`, `usage`, `attempts`: provenance of each dialogue"
        + ("\n- `scores`: validator scores (e.g. judge 1–10)"
           if any("scores" in r for r in snapshot.accepted) else ""),
        "## Statistics\n\n" + statistics_section(stats),
        "## Yield and rejections\n\n" + yield_section(stats),
    ]
    if stats.judge_scores:
        sections.append("## Judge scores\n\n" + judge_section(stats))
    if plots:
        sections.append("## Plots\n\n" + "\n\n".join(
            f"![{name}]({link})" for name, link in plots.items()))
    if snapshot.accepted:
        example = redact_record(snapshot.accepted[0], snapshot.run_dir)
        sections.append("## Example dialogue\n\n" + example_section(example))
    sections += [
        "## Provenance\n\n" + provenance_section(snapshot),
        "## Validators\n\n" + validators_section(snapshot, redact(validation, snapshot.run_dir)),
        "## How to load\n\n" + usage_section(repo_id),
        "## Citation\n\nThe method is described in "
        f"[arXiv {ARXIV}](https://arxiv.org/abs/{ARXIV}):\n\n```bibtex\n{CITATION}\n```",
    ]
    return "\n\n".join(sections) + "\n"


def card_license(snapshot: RunSnapshot) -> str | None:
    """The license of the card written earlier, if it had one."""
    value = snapshot.card_meta.get("license")
    return value if isinstance(value, str) and _LICENSE.match(value) else None


def card_links(plots: dict[str, Path], card_dir: Path) -> dict[str, str]:
    """Plot files -> links relative to the folder the card is in."""
    return {name: Path(os.path.relpath(path, card_dir)).as_posix() for name, path in plots.items()}


def write_card(snapshot: RunSnapshot, plots: dict[str, Path] | None = None,
               license: str | None = None, validation: dict[str, Any] | None = None) -> Path:
    """Write the card to `RUN/dataset/README.md` (atomically); returns its path.

    Without `license`, the license of a card written earlier is kept.
    """
    if snapshot.run_dir is None:
        raise UserError("this snapshot has no run folder to write the card into")
    license = license or card_license(snapshot)
    target = snapshot.run_dir / DATASET_DIR / CARD_NAME
    text = render_card(snapshot, card_links(plots or {}, target.parent), license, validation)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{CARD_NAME}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, target)
    return target
