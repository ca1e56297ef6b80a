"""Where packaged resources (intents, prompts) and caches live."""

from __future__ import annotations

from pathlib import Path

import platformdirs

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The folder of a shipped resource (`intents` or `prompts`).

    In a wheel they are copied inside the package; in a source checkout (editable install)
    they are the top-level folders of the repository.
    """
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"packaged resource folder {name!r} is missing from the installation")


def cache_dir() -> Path:
    """The user's cache folder for consistentchat (converted model checkpoints)."""
    return Path(platformdirs.user_cache_dir("consistentchat"))
