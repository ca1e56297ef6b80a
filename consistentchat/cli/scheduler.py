"""The shard index of a batch-scheduler task, for `generate --num-shards N` without
`--shard-index`: a Slurm job array task or a Kubernetes Indexed Job pod."""

from __future__ import annotations

import os
from typing import Mapping

from ..errors import UserError

SLURM_ID, SLURM_MIN = "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_MIN"
K8S_INDEX = "JOB_COMPLETION_INDEX"


def _int(env: Mapping[str, str], name: str) -> int:
    value = env[name].strip()
    try:
        return int(value)
    except ValueError:
        raise UserError(f"{name}={value!r} is not an integer shard index") from None


def scheduler_shard_index(num_shards: int, env: Mapping[str, str] | None = None
                          ) -> tuple[int, str]:
    """The shard index from SLURM_ARRAY_TASK_ID (minus SLURM_ARRAY_TASK_MIN when set, so
    `--array=1-8` works too) or JOB_COMPLETION_INDEX, and where it came from. One shard needs
    no scheduler. One-line error when none is set or the index is outside 0..num_shards-1."""
    env = os.environ if env is None else env
    if num_shards == 1:
        return 0, "--num-shards 1"
    if env.get(SLURM_ID, "").strip():
        index, source = _int(env, SLURM_ID), SLURM_ID
        if env.get(SLURM_MIN, "").strip():
            index -= _int(env, SLURM_MIN)
            source += f" - {SLURM_MIN}"
    elif env.get(K8S_INDEX, "").strip():
        index, source = _int(env, K8S_INDEX), K8S_INDEX
    else:
        raise UserError(f"--num-shards {num_shards} without --shard-index: give --shard-index, or "
                        f"run as a Slurm array task ({SLURM_ID}) or a Kubernetes Indexed Job "
                        f"pod ({K8S_INDEX})")
    if not 0 <= index < num_shards:
        raise UserError(f"{source} gives shard index {index}, outside 0..{num_shards - 1} "
                        f"(--num-shards {num_shards}); match the array size to --num-shards")
    return index, source
