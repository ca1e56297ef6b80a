"""Trainer hand-off: LLaMA-Factory's dataset_info.json, and one real TRL SFT step on the
exported dataset with the embedded model."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from consistentchat.product.snapshot import load_snapshot
from consistentchat.product.trainers import sft_dataset, write_llamafactory_info
from tests.product_fixtures import build_records, build_run


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_run(tmp_path_factory.mktemp("trainers") / "run")


def test_llamafactory_info_beside_not_inside_the_saved_dataset(run_dir: Path) -> None:
    hf_info = (run_dir / "dataset" / "dataset_info.json").read_bytes()
    info_path = write_llamafactory_info(run_dir)
    assert info_path == run_dir / "llamafactory" / "dataset_info.json"
    assert (run_dir / "dataset" / "dataset_info.json").read_bytes() == hf_info, \
        "save_to_disk's own dataset_info.json is left alone"
    entry = json.loads(info_path.read_text())["consistentchat"]
    assert entry["formatting"] == "sharegpt"
    assert entry["columns"] == {"messages": "conversations"}
    assert entry["tags"] == {"role_tag": "from", "content_tag": "value", "user_tag": "human",
                             "assistant_tag": "gpt", "system_tag": "system"}
    # LLaMA-Factory resolves file_name against the dataset_dir (the folder of the info file).
    data = info_path.parent / entry["file_name"]
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines()]
    accepted, _, _ = build_records()
    assert [r["id"] for r in rows] == [r["id"] for r in accepted]
    assert rows[1]["conversations"][0]["value"].startswith("我下个月要去京都旅行")
    for row in rows:  # LLaMA-Factory's ShareGPT rule: human/gpt alternate, human first
        turns = row[entry["columns"]["messages"]]
        roles = [t[entry["tags"]["role_tag"]] for t in turns]
        assert len(roles) % 2 == 0 and roles == ["human", "gpt"] * (len(roles) // 2)
        assert all(t[entry["tags"]["content_tag"]] for t in turns)


@pytest.mark.e2e  # a real model: ~20 s (plus ~40 s the first time the GGUF is converted)
def test_trl_sft_trainer_runs_one_step_on_the_exported_dataset(run_dir: Path,
                                                               tmp_path: Path) -> None:
    import datasets
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from trl import SFTConfig, SFTTrainer

    from consistentchat.embedded import embedded_model_dir

    exported = datasets.load_dataset("parquet", data_files=str(run_dir / "dataset.parquet"),
                                     split="train", cache_dir=str(tmp_path / "hf-cache"))
    train = exported.select_columns(["messages"])
    assert train.to_list() == sft_dataset(load_snapshot(run_dir)).to_list()

    torch.manual_seed(0)
    model_dir = embedded_model_dir()
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    before = model.lm_head.weight.detach().clone()
    # Plain SGD and no gradient checkpointing: the same step, without allocating Adam state
    # or recomputing activations (several times faster on a shared 2-core CPU).
    args = SFTConfig(output_dir=str(tmp_path / "sft"), max_steps=1, max_length=128,
                     per_device_train_batch_size=2, gradient_accumulation_steps=1,
                     learning_rate=1e-2, optim="sgd", gradient_checkpointing=False,
                     logging_steps=1, save_strategy="no", report_to="none", use_cpu=True,
                     bf16=False, dataloader_num_workers=0, dataset_num_proc=1, seed=0)
    trainer = SFTTrainer(model=model, args=args, train_dataset=train, processing_class=tokenizer)
    # The chat template rendered the dialogues, truncated to 128 tokens.
    sample = trainer.train_dataset[0]["input_ids"]
    assert 0 < len(sample) <= 128
    assert "<|im_start|>user" in tokenizer.decode(trainer.train_dataset[1]["input_ids"])
    result = trainer.train()
    assert trainer.state.global_step == 1
    assert math.isfinite(result.training_loss) and result.training_loss > 0
    assert not torch.equal(before, model.lm_head.weight.detach()), "the step updated weights"
