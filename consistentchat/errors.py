"""Error types shared across the package.

`UserError` is for bad input a person can fix: the CLI prints its message on one line and
exits non-zero. Backend errors distinguish a request that failed (recorded as data) from a
backend that cannot work at all (the run stops).
"""

from __future__ import annotations


class UserError(Exception):
    """Bad input (config, flags, files). Printed as one line by the CLI."""


class ParseError(ValueError):
    """Model output that does not satisfy the task's contract. The message is the reason."""


class BackendRequestError(Exception):
    """One request failed after bounded retries; the dialogue is recorded as a failure."""


class BackendFatalError(Exception):
    """The backend cannot serve requests at all (wrong model, bad key, endpoint down).

    The run stops with this message; a later re-run resumes.
    """
