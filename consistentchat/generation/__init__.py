"""Generation: one dialogue (`dialogue.DialogueGenerator`), the run loop (`run.arun`), the end
of a run (`finish`), the live progress display, and the prompt preview."""

from .run import PreparedJob, RunResult, arun, prepare, resolve_intents, run

__all__ = ["PreparedJob", "RunResult", "arun", "prepare", "resolve_intents", "run"]
