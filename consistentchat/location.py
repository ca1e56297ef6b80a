"""Where a run's output goes: a local folder or an fsspec URL (`s3://bucket/prefix`, ...).

Pure string handling, importable from the config models; nothing here touches fsspec.
"""

from __future__ import annotations

import re
from pathlib import Path

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(value: str | Path) -> bool:
    """True for `scheme://...` strings (a `Path` never is one: it would have lost the `//`)."""
    return isinstance(value, str) and bool(_URL.match(value))


def output_location(value: str | Path) -> str | Path:
    """A URL as a normalised string (no trailing slash), anything else as a `Path`; a
    `file://` URL is the local folder it names (local files have append and fsync)."""
    if not is_url(value):
        return Path(value)
    scheme, rest = str(value).split("://", 1)
    if scheme.lower() == "file":
        return Path(rest or "/")
    return f"{scheme}://{rest.rstrip('/')}"
