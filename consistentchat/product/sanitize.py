"""Keep secrets and local paths out of anything a run's products print or publish.

`redact` walks JSON-like data: values under secret-sounding keys are dropped, strings that look
like API tokens are masked, and (in metadata) absolute paths become relative to the run folder,
or their last component when they lie outside it.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

REDACTED = "[redacted]"
_SECRET_KEY = re.compile(r"secret|passw|credential|authori[sz]ation|cookie|api[_-]?key|"
                         r"access[_-]?key|private[_-]?key|(?:^|[_\-])token$|^key$", re.IGNORECASE)
_SECRET_VALUE = re.compile(
    r"\b(?:sk-[A-Za-z0-9_\-]{8,}|hf_[A-Za-z0-9]{8,}|(?:ghp|gho|ghu|ghs|github_pat)_[A-Za-z0-9_]{8,}"
    r"|xox[abpr]-[A-Za-z0-9\-]{8,}|AKIA[0-9A-Z]{16})|\bBearer\s+[A-Za-z0-9._\-]{8,}")
# An absolute POSIX path (two components at least), a Windows drive path, or a file:// URL.
_ABS_PATH = re.compile(r"file://(?:/[\w.\-+@~%]+)+/?|(?<![\w.~/:\-])(?:/[\w.\-+@~]+){2,}/?|"
                       r"\b[A-Za-z]:\\(?:[\w.\-+@]+\\?)+|~/[\w.\-+@/]+")


def is_secret_key(key: str) -> bool:
    """Whether a mapping key names a secret (api_key, token, authorization, ...)."""
    return bool(_SECRET_KEY.search(key))


def mask_secrets(text: str) -> str:
    """Mask substrings that look like API keys or bearer tokens."""
    return _SECRET_VALUE.sub(REDACTED, text)


def _relative(path_text: str, run_dir: Path | None) -> str:
    raw = path_text[len("file://"):] if path_text.startswith("file://") else path_text
    windows = re.match(r"[A-Za-z]:\\", raw) is not None
    path = PureWindowsPath(raw) if windows else PurePosixPath(raw)
    if run_dir is not None and not windows:
        for base in {PurePosixPath(str(run_dir)), PurePosixPath(str(Path(run_dir).resolve()))}:
            try:
                rel = path.relative_to(base)
                return str(rel) if str(rel) != "." else "."
            except ValueError:
                continue
    return path.name or "."


def scrub_paths(text: str, run_dir: Path | None = None) -> str:
    """Absolute paths in `text` -> relative to `run_dir`, else just their last component."""
    if run_dir is not None:  # the run folder itself first: its path may hold spaces
        for base in sorted({str(run_dir), str(Path(run_dir).resolve())}, key=len, reverse=True):
            if text.rstrip("/") == base:
                return "."
            if base.startswith("/") and len(base) > 1:
                text = re.sub(re.escape(base) + r"(?:/|(?![\w.\-]))", "", text)
    return _ABS_PATH.sub(lambda m: _relative(m.group(0), run_dir), text)


def redact(value: Any, run_dir: Path | None = None, paths: bool = True) -> Any:
    """A copy of JSON-like `value` without secrets (and, if `paths`, without absolute paths)."""
    if isinstance(value, dict):
        return {k: redact(v, run_dir, paths) for k, v in value.items()
                if not (isinstance(k, str) and is_secret_key(k))}
    if isinstance(value, (list, tuple)):
        return [redact(v, run_dir, paths) for v in value]
    if isinstance(value, str):
        text = mask_secrets(value)
        return scrub_paths(text, run_dir) if paths else text
    return value


def redact_record(record: dict[str, Any], run_dir: Path | None = None) -> dict[str, Any]:
    """A dialogue record for display: secrets masked everywhere, paths scrubbed in metadata
    (dialogue text keeps its paths: a conversation about `/etc/hosts` stays as it is)."""
    text_fields = {"messages", "conversations", "skeleton", "scenario", "raw_outputs"}
    return {k: redact(v, run_dir, paths=k not in text_fields) for k, v in record.items()
            if not is_secret_key(k)}
