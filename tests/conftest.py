"""Shared fixtures. A module that uses `server` defines its own module-scoped `shared_server`
(a FaultServer with the options it needs)."""

from __future__ import annotations

from typing import Iterator

import pytest

from tests.fault_server import FaultServer


@pytest.fixture
def server(shared_server: FaultServer) -> Iterator[FaultServer]:
    """The module's fault server, with its counters and faults reset around each test."""
    shared_server.reset()
    yield shared_server
    shared_server.reset()
