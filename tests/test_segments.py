"""Object-storage building blocks on `memory://`: segment logs, the committer, the lease, URL
errors, and a whole run through the local mirror (no server needed)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import uuid
from pathlib import Path
from typing import Any, Iterator

import pytest

from consistentchat.errors import UserError
from consistentchat.generation.run import run
from consistentchat.store import DIALOGUES, FAILURES
from consistentchat.store.remote.fs import MIRROR_ENV, Remote, mirror_dir
from consistentchat.store.remote.lease import Lease
from consistentchat.store.remote.mirror import MirroredRunDirectory
from consistentchat.store.remote.segments import SegmentStore, segment_key
from consistentchat.store.remote.writer import SegmentWriter

from tests.helpers import PYTHON, ROOT, ModelScript, assert_exactly_once, job, plan_ids


@pytest.fixture
def url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh memory:// root, with mirrors under tmp_path."""
    monkeypatch.setenv(MIRROR_ENV, str(tmp_path / "mirrors"))
    root = f"memory://bucket/{uuid.uuid4().hex[:8]}"
    yield root
    remote = Remote.open(root)
    if remote.fs.exists(remote.root):
        remote.fs.rm(remote.root, recursive=True)


def line(**record: Any) -> bytes:
    return (json.dumps(record) + "\n").encode()


def ids(store: SegmentStore, log: str) -> list[str]:
    return [json.loads(raw)["id"] for s in store.committed() for raw in store.lines(s, log)]


def test_segments_are_read_in_order_and_orphans_ignored_then_cleaned(url: str) -> None:
    store = SegmentStore(Remote.open(url))
    store.commit(segment_key(2000, "bbbb", 1), {"dialogues": line(id="c")})
    store.commit(segment_key(1000, "aaaa", 2), {"dialogues": line(id="b")})
    store.commit(segment_key(1000, "aaaa", 1), {"dialogues": line(id="a") + line(id="a2"),
                                                "failures": line(id="f")})
    # A writer killed between its parts and its marker: the part is never read.
    fs = store.remote.fs
    fs.pipe_file(store.remote.path("records", "dialogues", f"{segment_key(3000, 'cccc', 1)}.jsonl"),
                 line(id="orphan"))
    fs.pipe_file(store.remote.path("records", "_commits", "bad.json"), b'{"segm')  # unreadable
    assert ids(store, "dialogues") == ["a", "a2", "b", "c"]
    assert ids(store, "failures") == ["f"]
    assert len(store.garbage()) == 2
    assert store.clean() == 2 and store.garbage() == []
    assert ids(store, "dialogues") == ["a", "a2", "b", "c"]


def test_a_compaction_hides_what_it_replaces_at_once(url: str) -> None:
    store = SegmentStore(Remote.open(url))
    old = [store.commit(segment_key(1000, "aaaa", n), {"dialogues": line(id=f"d{n}")}).key
           for n in (1, 2)]
    store.commit(segment_key(1000, "aaaa", 3), {"dialogues": line(id="d1") + line(id="d2")},
                 replaces=tuple(old))
    # Killed before the old segments were removed: still no duplicate.
    assert ids(store, "dialogues") == ["d1", "d2"]
    in_flight = store.remote.path("records", "dialogues", f"{segment_key(1000, 'bbbb', 1)}.jsonl")
    store.remote.fs.pipe_file(in_flight, line(id="other"))  # another writer's batch, no marker yet
    assert store.clean(old) == 4  # the replaced markers and parts, not the other writer's part
    assert store.garbage() == [in_flight]
    assert ids(store, "dialogues") == ["d1", "d2"]


def test_rebuild_drops_torn_lines_and_keeps_duplicates_for_the_readers(url: str,
                                                                       tmp_path: Path) -> None:
    """The rebuilt mirror is read by the usual rules: first dialogue of an id wins, the latest
    failure wins, a dialogue beats a failure."""
    store = SegmentStore(Remote.open(url))
    dialogue = {"messages": [], "skeleton": []}
    store.commit(segment_key(1000, "aaaa", 1), {
        "dialogues": line(id="a", n=1, **dialogue) + b'{"id": "torn", "mess',
        "failures": line(id="b", stage="backend") + line(id="c", stage="backend")})
    store.commit(segment_key(2000, "bbbb", 1), {
        "dialogues": line(id="a", n=2, **dialogue) + line(id="c", n=1, **dialogue),
        "failures": line(id="b", stage="skeleton") + b"not json\n"})
    run_dir = MirroredRunDirectory(url, mirror=tmp_path / "mirror")
    with run_dir:
        state = run_dir.resume_state({"a", "b", "c", "d"})
        assert state.done == {"a", "b", "c"}  # b: its latest failure is final
        assert state.torn_bytes == len(b'{"id": "torn", "mess') + len(b"not json\n")
        assert [r["n"] for r in run_dir.iter_generated({"a", "c"})] == [1, 1]
        failures = run_dir.compact_failures(run_dir.generated_ids(), {"a", "b", "c"})
        assert [(f["id"], f["stage"]) for f in failures] == [("b", "skeleton")]


def test_the_committer_batches_by_count_and_time_and_on_flush(url: str) -> None:
    store = SegmentStore(Remote.open(url))
    writer = SegmentWriter(store, "aaaa", 1000, every=3, seconds=0.5).start()

    def wait_for(n: int) -> float:
        start = time.monotonic()
        while len(store.committed()) < n and time.monotonic() - start < 5:
            time.sleep(0.02)
        return time.monotonic() - start

    for n in range(3):
        writer.add("dialogues", line(id=f"n{n}"))
    assert wait_for(1) < 0.4  # 3 records: committed at once
    writer.add("skeletons", line(id="s"))
    assert 0.2 < wait_for(2) < 2  # 1 record: committed after the interval
    assert [list(s.parts) for s in store.committed()] == [["dialogues"], ["skeletons"]]
    writer.add("dialogues", line(id="last"))
    writer.close()
    assert ids(store, "dialogues") == ["n0", "n1", "n2", "last"]
    assert ids(store, "skeletons") == ["s"]


def test_a_failed_commit_stops_the_run_with_one_line(url: str) -> None:
    store = SegmentStore(Remote.open(url))

    def broken(*_: Any, **__: Any) -> None:
        raise ConnectionError("endpoint went away\nsecond line")

    store.remote.fs.pipe_file = broken  # type: ignore[method-assign]
    writer = SegmentWriter(store, "aaaa", 1000, every=1, seconds=60).start()
    writer.add("dialogues", line(id="x"))
    with pytest.raises(UserError) as err:
        writer.close()
    assert "\n" not in str(err.value) and "endpoint went away" in str(err.value)
    with pytest.raises(UserError):
        writer.add("dialogues", line(id="y"))


def test_the_lease_refuses_a_live_holder_and_takes_over_a_dead_one(url: str) -> None:
    remote = Remote.open(url)
    first = Lease(remote, "aaaa")
    first.acquire()
    with pytest.raises(UserError) as err:
        Lease(remote, "bbbb").acquire()
    assert "in use by another consistentchat process" in str(err.value)
    gone = subprocess.Popen(["true"])
    gone.wait()
    first.mine["pid"] = gone.pid  # the holder's process on this machine is gone
    first._write()
    Lease(remote, "bbbb").acquire()
    first.release()  # not its lease any more: left alone
    assert json.loads(remote.fs.cat_file(remote.path("lease.json")))["session"] == "bbbb"


@pytest.mark.parametrize("bad,words", [
    ("nosuchscheme://bucket/run", "unknown storage scheme"),
    ("memory://", "names no bucket"),
])
def test_bad_urls_are_one_line_errors(bad: str, words: str) -> None:
    with pytest.raises(UserError) as err:
        Remote.open(bad)
    assert words in str(err.value) and "\n" not in str(err.value)


def test_a_missing_implementation_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import fsspec

    def missing(protocol: str) -> Any:
        raise ImportError("Install s3fs to access S3")

    monkeypatch.setattr(fsspec, "get_filesystem_class", missing)
    with pytest.raises(UserError) as err:
        Remote.open("s3://bucket/run")
    assert "pip install 'consistentchat[s3]'" in str(err.value)


def test_a_run_on_memory_resumes_without_its_mirror(url: str, tmp_path: Path) -> None:
    small = job(url, n=3)  # type: ignore[arg-type]
    run(small, backend=ModelScript().backend())
    shutil.rmtree(mirror_dir(url))
    big = job(url, n=6)  # type: ignore[arg-type]
    backend = ModelScript().backend()
    result = run(big, backend=backend)
    requested = {r.request_id.split("-")[0] for r in backend.requests}
    assert requested == set(plan_ids(big)) - set(plan_ids(small))
    assert result.summary["out"] == url and result.summary["resumed_done"] == 3
    store = SegmentStore(Remote.open(url))
    assert len(store.committed()) == 1  # compacted
    # The remote alone accounts for every id once (a fresh local copy of its outputs).
    copy = tmp_path / "copy"
    remote = Remote.open(url)
    remote.fs.get(remote.root + "/", str(copy), recursive=True)
    (copy / DIALOGUES).write_bytes(b"".join(store.lines(store.committed()[0], "dialogues")))
    assert (copy / FAILURES).exists()
    assert_exactly_once(copy, plan_ids(big))


def test_a_local_run_does_not_import_the_object_store_code() -> None:
    code = ("import sys, consistentchat.cli, consistentchat.generation.run; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('s3fs', 'fsspec', "
            "'botocore', 'aiobotocore') or m.startswith('consistentchat.store.remote')))")
    out = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ}, check=True).stdout
    assert out.strip() == "[]", out
