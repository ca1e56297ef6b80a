"""A best-effort lease on a URL output: `lease.json` names the writer and is renewed while it
runs. Object stores have no lock: two writers that start within the same second can both get
it (their records are then both kept, and readers keep one per id)."""

from __future__ import annotations

import json
import os
import socket
import time
from typing import Any

from ...errors import UserError
from .fs import Remote, remote_errors

LEASE = "lease.json"
TTL = 60.0  # seconds without a heartbeat after which a lease is free


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


class Lease:
    """Taken at the start of a run, renewed by the committer, released at the end."""

    def __init__(self, remote: Remote, session: str, ttl: float = TTL) -> None:
        self.remote, self.ttl = remote, ttl
        self.mine = {"session": session, "host": socket.gethostname(), "pid": os.getpid()}
        self._path = remote.path(LEASE)
        self._renewed = 0.0

    def _read(self) -> dict[str, Any] | None:
        with remote_errors(self.remote.url, "cannot read the lease"):
            raw = self.remote.read(self._path)
        try:
            return json.loads(raw) if raw is not None else None
        except ValueError:
            return None

    def _write(self) -> None:
        with remote_errors(self.remote.url, "cannot write the lease"):
            self.remote.fs.pipe_file(self._path, json.dumps(
                {**self.mine, "heartbeat": time.time(), "ttl": self.ttl}).encode())
        self._renewed = time.monotonic()

    def _held_by_other(self, holder: dict[str, Any] | None) -> bool:
        if holder is None or holder.get("session") == self.mine["session"]:
            return False
        age = time.time() - float(holder.get("heartbeat", 0))
        if age > float(holder.get("ttl", self.ttl)):
            return False
        if holder.get("host") == self.mine["host"] and not _pid_alive(int(holder.get("pid", 0))):
            return False  # its process on this machine is gone (killed)
        return True

    def acquire(self) -> None:
        """Take the lease, or a one-line error naming the live holder."""
        holder = self._read()
        if not self._held_by_other(holder):
            self._write()
            holder = self._read()  # a writer that started at the same moment may have won
        if self._held_by_other(holder):
            assert holder is not None
            age = time.time() - float(holder.get("heartbeat", 0))
            raise UserError(
                f"{self.remote.url} is in use by another consistentchat process (host "
                f"{holder.get('host')}, pid {holder.get('pid')}, alive {age:.0f} s ago); wait "
                f"for it, or if it is gone, retry after {self.ttl:.0f} s")

    def renew(self) -> None:
        """Heartbeat (at most every quarter of the TTL)."""
        if time.monotonic() - self._renewed >= self.ttl / 4:
            self._write()

    def release(self) -> None:
        holder = self._read()
        if holder is not None and holder.get("session") == self.mine["session"]:
            with remote_errors(self.remote.url, "cannot release the lease"):
                self.remote.fs.rm_file(self._path)
