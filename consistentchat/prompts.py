"""Jinja2 prompt templates: the built-ins in `prompts/`, optionally overridden by a folder."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import jinja2

from .errors import UserError
from .paths import resource_dir


class PromptLibrary:
    """Renders named templates with strict variables; a user folder overrides built-ins by name."""

    def __init__(self, override_dir: Path | None = None) -> None:
        loaders: list[jinja2.BaseLoader] = []
        if override_dir is not None:
            if not Path(override_dir).is_dir():
                raise UserError(f"{override_dir}: prompts folder does not exist")
            loaders.append(jinja2.FileSystemLoader(str(override_dir)))
        loaders.append(jinja2.FileSystemLoader(str(resource_dir("prompts"))))
        self.env = jinja2.Environment(
            loader=jinja2.ChoiceLoader(loaders),
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=False,
            autoescape=False,
        )

    def source(self, name: str) -> str:
        try:
            src, _, _ = self.env.loader.get_source(self.env, name)  # type: ignore[union-attr]
        except jinja2.TemplateNotFound:
            raise UserError(f"prompt template {name!r} not found") from None
        return src

    def hash(self, name: str) -> str:
        """sha256 (first 16 hex digits) of the template's source, recorded with each dialogue."""
        return hashlib.sha256(self.source(name).encode()).hexdigest()[:16]

    def render(self, name: str, **variables: Any) -> str:
        """Render `name`; a missing variable or a broken template is a one-line `UserError`."""
        try:
            return self.env.get_template(name).render(**variables).strip()
        except jinja2.TemplateNotFound:
            raise UserError(f"prompt template {name!r} not found") from None
        except jinja2.UndefinedError as exc:
            raise UserError(f"prompt template {name!r}: {exc.message}") from None
        except jinja2.TemplateSyntaxError as exc:
            raise UserError(f"prompt template {name!r} line {exc.lineno}: {exc.message}") from None
