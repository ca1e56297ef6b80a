"""The `consistentchat` command line (typer). One module per command group; each command calls
library functions and lets `app.command` turn expected errors into one line."""

from __future__ import annotations

import sys

from . import generate, intents, merge, product, prompt, validate  # noqa: F401  (register them)
from .app import app, command

__all__ = ["app", "command", "main"]


def main() -> None:
    app()


if __name__ == "__main__":
    sys.exit(main())
