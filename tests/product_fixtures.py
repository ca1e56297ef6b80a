"""A run folder like `consistentchat generate` writes, built without a model, for the product
tests: English and Chinese dialogues, rejects (with and without verdicts), a failure."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from consistentchat.records import to_sharegpt
from consistentchat.store import MANIFEST, SUMMARY, RunDirectory

SECRET_KEY = "sk-test-PLANTEDSECRET0123456789"
HF_SECRET = "hf_PLANTEDhubTOKEN0123456789abcdef"
NASTY = 'Close it with </script><script>alert("x")</script> & <b>bold</b> \'quotes\' \u2028 end'

EN_TURNS = [
    ("needs", "I want to learn Python for data analysis. Where should I start as a beginner?",
     "Start with the basics: variables, lists and loops. Then learn pandas for tables and "
     "matplotlib for charts. A small project, such as analysing your own spending, helps a lot."),
    ("constraints", "I only have thirty minutes a day. Is that enough to make real progress?",
     "Yes. Thirty focused minutes every day adds up quickly. Alternate between a short lesson "
     "and a small exercise, and keep a notebook of what you learned each day."),
    ("solution", "Can you give me a four week plan that fits that schedule?",
     "Week one: syntax and lists. Week two: functions and files. Week three: pandas basics. "
     "Week four: a small analysis project with charts that you present to a friend."),
]
ZH_TURNS = [
    ("needs", "我下个月要去京都旅行，想安排三天的行程，有什么建议吗？",
     "京都三天可以这样安排：第一天去清水寺和祇园，第二天去岚山和金阁寺，第三天去伏见稻荷大社和锦市场。"),
    ("constraints", "我的预算有限，每天大概只有五百元人民币，够吗？",
     "够用。选择公共交通一日券，住在车站附近的商务酒店，午餐吃定食，可以把每天的花费控制在五百元左右。"),
    ("solution", "那请帮我把行程和预算整理成一个清单。",
     "第一天：清水寺、祇园，约四百元。第二天：岚山、金阁寺，约四百五十元。第三天：伏见稻荷、锦市场，约四百元。"),
]


def _record(index: int, intent: str, turns: list[tuple[str, str, str]], n: int,
            extra: dict[str, Any] | None = None) -> dict[str, Any]:
    chosen = turns[:n]
    messages = []
    for _, query, answer in chosen:
        messages += [{"role": "user", "content": query}, {"role": "assistant", "content": answer}]
    record = {
        "id": f"{intent}-{index:04d}", "intent": intent, "scenario": f"scenario for {intent}",
        "flow": "needs_to_solution", "flow_steps": ["needs", "constraints", "solution"],
        "num_turns": n, "messages": messages, "conversations": to_sharegpt(messages),
        "skeleton": [{"step": step, "query": q} for step, q, _ in chosen],
        "response_mode": "joint",
        "model": "/root/.cache/consistentchat/models/SmolLM2-135M-Instruct",
        "sampling": {"temperature": 0.7, "top_p": 0.9, "max_tokens": 512},
        "prompt_hashes": {"skeleton": "abc123", "response": "def456"}, "seed": 7,
        "sample_index": index, "usage": {"prompt_tokens": 100, "completion_tokens": 50},
        "attempts": {"skeleton": 1, "response": 1},
    }
    record.update(extra or {})
    return record


def build_records(scores: bool = True) -> tuple[list[dict[str, Any]], list[dict[str, Any]],
                                                list[dict[str, Any]]]:
    """(accepted, rejected, failed) records over plan indexes 0..9."""
    def sc(judge: float, alignment: float) -> dict[str, Any]:
        return {"scores": {"judge": judge, "alignment": alignment}} if scores else {}

    accepted = [
        _record(0, "learning", EN_TURNS, 3, sc(8, 0.61)),
        _record(1, "travel", ZH_TURNS, 3, sc(9, 0.7)),
        _record(2, "learning", EN_TURNS, 2, sc(7, 0.55)),
        _record(3, "travel", ZH_TURNS, 2, sc(8, 0.66)),
        _record(4, "learning", EN_TURNS, 3, sc(9, 0.8)),
        _record(6, "learning", EN_TURNS, 2, sc(6, 0.5)),
    ]
    nasty = accepted[5]
    nasty["messages"][0]["content"] = NASTY
    nasty["conversations"] = to_sharegpt(nasty["messages"])
    nasty["skeleton"][0]["query"] = NASTY
    rejected = [
        {**_record(5, "travel", ZH_TURNS, 3, sc(3, 0.2)), "rejected_by": ["alignment", "judge"],
         "reasons": ["alignment: answers pair with other queries", "judge: score 3 < 6"],
         "verdicts": [{"validator": "structure", "passed": True, "score": None, "reason": "",
                       "kind": "dialogue"},
                      {"validator": "alignment", "passed": False, "score": 0.2,
                       "reason": "answers pair with other queries", "kind": "dialogue"},
                      {"validator": "judge", "passed": False, "score": 3.0, "reason": "score 3 < 6",
                       "kind": "passing"}]},
        {**_record(7, "learning", EN_TURNS, 1), "rejected_by": ["structure"],
         "reasons": ["structure: 1 user turns, expected 2-3"]},
        {**_record(8, "travel", ZH_TURNS, 2), "rejected_by": ["structure", "topic"],
         "reasons": ["structure: answer too short", "topic: off topic"]},
    ]
    failed = [{"id": "learning-0009", "intent": "learning", "scenario": "scenario for learning",
               "flow": "needs_to_solution", "stage": "skeleton",
               "reason": "no JSON list in the output", "raw_outputs": ["Sure! <here> & there"],
               "attempts": 3, "model": "SmolLM2", "seed": 7, "sample_index": 9,
               "usage": {"prompt_tokens": 10, "completion_tokens": 5}}]
    return accepted, rejected, failed


def build_run(folder: Path, scores: bool = True, plant_secrets: bool = False,
              accepted: list[dict[str, Any]] | None = None, planned: int = 10) -> Path:
    """Write a finished run folder at `folder`; returns it."""
    acc, rej, fail = build_records(scores)
    acc = acc if accepted is None else accepted
    if plant_secrets:
        fail[0]["reason"] = f"backend said 401 for key {SECRET_KEY}; log at {folder}/logs/err.txt"
        rej[1]["reasons"].append(f"structure: see /home/alice/private/notes.txt ({HF_SECRET})")
    folder.mkdir(parents=True, exist_ok=True)
    dataset_dir, parquet = RunDirectory(folder).write_outcome(acc, rej, fail)  # the one writer
    manifest: dict[str, Any] = {
        "seed": 7, "shard": {"index": 0, "count": 1},
        "intents": {"learning": "fp-learning-1111", "travel": "fp-travel-2222"},
        "generation": {"response_mode": "joint", "turns": None, "max_attempts": 3,
                       "skeleton_sampling": {"temperature": 0.9, "top_p": 0.95, "max_tokens": 1024},
                       "response_sampling": {"temperature": 0.7, "top_p": 0.9, "max_tokens": 2048}},
        "templates": {"skeleton": "a1b2c3d4", "response_joint": "e5f6a7b8"},
        "backend": "vllm", "model": str(folder.parent / "models" / "SmolLM2-135M-Instruct"),
        "num_dialogues": planned, "created": "2026-12-01T12:00:00",
    }
    validation_counts = {"checked": len(acc) + len(rej), "passed": len(acc), "rejected": len(rej),
                         "rejected_by_validator": {"alignment": 1, "judge": 1, "structure": 2,
                                                   "topic": 1},
                         "skipped_by_validator": {"judge": 0},
                         "dataset": str(dataset_dir), "parquet": str(parquet)}
    summary: dict[str, Any] = {
        "out": str(folder), "model": manifest["model"], "planned": planned,
        "generated": len(acc) + len(rej), "failed": len(fail), "failed_by_stage": {"skeleton": 1},
        "accepted": len(acc), "validation": validation_counts,
        "this_session": {"dialogues": 10, "elapsed_s": 3.2},
    }
    if plant_secrets:
        manifest["backend_config"] = {"name": "openai", "api_key": SECRET_KEY,
                                      "base_url": "http://127.0.0.1:9/v1"}
        manifest["notes"] = f"launched with key {SECRET_KEY} from {folder}/config.yaml"
        summary["hf"] = {"token": HF_SECRET, "authorization": f"Bearer {HF_SECRET}"}
        summary["log"] = f"wrote {folder}/dataset; cache /home/alice/.cache/consistentchat/x"
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    (folder / SUMMARY).write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return folder
