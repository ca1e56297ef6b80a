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
            guard = _sigterm_as_interrupt()
            try:
                with guard:
                    try:
                        return func(*args, **kwargs)
                    except BaseExceptionGroup as group:  # a task group's one expected error
                        raise _single(group) from None
            except UserError as exc:
                _fail(f"error: {exc}", 2)
            except BackendFatalError as exc:
                _fail(f"error: {exc}", 3)
            except KeyboardInterrupt:
                word, code = ("terminated", 143) if guard.terminated else ("interrupted", 130)
                _fail(f"{word}: finished dialogues are saved; run the same command again "
                      "to resume", code)

        group.command(name)(wrapper)
        return func

    return register


class _sigterm_as_interrupt:
    """While a command runs in the main thread, SIGTERM is handled as Ctrl-C: it raises SIGINT,
    so `asyncio.run` cancels its main task and the same clean-up runs (a vLLM engine's
    processes are stopped rather than orphaned). `terminated` tells the two apart."""

    def __enter__(self) -> "_sigterm_as_interrupt":
        self.terminated, self.previous = False, None
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGTERM, self._on_sigterm)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)

    def _on_sigterm(self, signum: int, frame: object) -> None:
        self.terminated = True
        if signal.getsignal(signal.SIGINT) in (signal.SIG_IGN, signal.SIG_DFL, None):
            raise KeyboardInterrupt  # SIGINT ignored (a background job): interrupt directly
        signal.raise_signal(signal.SIGINT)


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
