"""The `consistentchat` command line: the typer app and the one way errors become one line.

Each command group lives in its own module, registered with `@command(...)`, which wraps the
command so expected errors print one line and exit non-zero (a traceback only with --debug).
"""

from __future__ import annotations

import functools
import signal
import threading
import traceback
from typing import Any, Callable

import typer
from rich.console import Console

from ..errors import BackendFatalError, UserError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Build multi-turn chat datasets with the ConsistentChat method.")
intents_app = typer.Typer(no_args_is_help=True, help="Inspect the intent taxonomy.")
prompt_app = typer.Typer(no_args_is_help=True, help="Inspect prompts.")
app.add_typer(intents_app, name="intents")
app.add_typer(prompt_app, name="prompt")

_err = Console(stderr=True)
_state = {"debug": False}


@app.callback()
def _main(debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors.")) -> None:
    _state["debug"] = debug


def command(group: typer.Typer, name: str | None = None) -> Callable[[Callable[..., Any]], Any]:
    """Register a command on `group`, wrapped so expected errors become one line and an exit
    code: 2 for bad input, 3 when the backend cannot work, 130 on Ctrl-C, 143 on SIGTERM
    (which shuts down as Ctrl-C does: engines and servers stopped, finished work kept)."""

    def register(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                with _sigterm_as_interrupt():
                    try:
                        return func(*args, **kwargs)
                    except BaseExceptionGroup as group:  # a task group's one expected error
                        raise _single(group) from None
            except UserError as exc:
                _fail(f"error: {exc}", 2)
            except BackendFatalError as exc:
                _fail(f"error: {exc}", 3)
            except Terminated:
                _fail("terminated: finished dialogues are saved; run the same command again "
                      "to resume", 143)
            except KeyboardInterrupt:
                _fail("interrupted: finished dialogues are saved; run the same command again "
                      "to resume", 130)

        group.command(name)(wrapper)
        return func

    return register


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where Ctrl-C would be, so the same clean-up runs (a vLLM engine's
    processes are stopped rather than orphaned)."""


class _sigterm_as_interrupt:
    """While a command runs in the main thread, SIGTERM raises `Terminated`."""

    def __enter__(self) -> None:
        self.previous = None
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGTERM, self._raise)

    def __exit__(self, *exc: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)

    @staticmethod
    def _raise(signum: int, frame: object) -> None:
        raise Terminated()


def _single(group: BaseExceptionGroup) -> BaseException:
    """The one error inside (nested) exception groups, or the group itself."""
    inner: BaseException = group
    while isinstance(inner, BaseExceptionGroup) and len(inner.exceptions) == 1:
        inner = inner.exceptions[0]
    return inner


def _fail(message: str, code: int) -> None:
    if _state["debug"]:
        traceback.print_exc()
    _err.print(message, markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(code)
