"""Where a job's dialogues are produced: in this process, or on the replicas of a Ray cluster."""

from __future__ import annotations

from pydantic import Field

from .common import Strict


class ExecutorConfig(Strict):
    """The executor, chosen by registry name (`local` or `ray`), and how it places replicas."""

    name: str = Field("local", description="local: one backend in this process; ray: "
                      "`replicas` Ray actors, each with its own backend.")
    replicas: int = Field(1, ge=1, description="Ray actors, each owning one backend (one vLLM "
                          "engine with its own GPUs, or one OpenAI client).")
    ray_address: str | None = Field(None, description="Address of a running Ray cluster "
                                    "(e.g. ray://head:10001 or auto). None: connect to the one "
                                    "in RAY_ADDRESS if set, else start a local Ray instance.")
    cpus_per_replica: float = Field(1.0, ge=0.0, description="Ray CPUs reserved per replica.")
    gpus_per_replica: float | None = Field(
        None, ge=0.0, description="Ray GPUs reserved per replica. Default: for the vllm backend "
        "on a cluster with GPUs, tensor_parallel_size x data_parallel_size; else 0.")
    max_replica_restarts: int = Field(
        3, ge=0, description="Times Ray restarts a replica that died (its in-flight dialogues "
        "are retried on the restarted replica); after that the run stops, keeping what is done.")
