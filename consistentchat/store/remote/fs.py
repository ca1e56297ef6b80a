"""An fsspec URL opened with one-line errors, and the local mirror folder of a URL."""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from ...errors import UserError

MIRROR_ENV = "CONSISTENTCHAT_MIRROR_DIR"
# The pip package that brings a protocol, and the extra of this project that installs it.
_INSTALL = {"s3": "pip install 'consistentchat[s3]'", "s3a": "pip install 'consistentchat[s3]'",
            "gs": "pip install gcsfs", "gcs": "pip install gcsfs", "az": "pip install adlfs",
            "abfs": "pip install adlfs", "abfss": "pip install adlfs"}


def mirror_dir(url: str) -> Path:
    """The local working copy of a URL output: $CONSISTENTCHAT_MIRROR_DIR or the user cache,
    then mirrors/<hash of the URL>."""
    from ...paths import cache_dir

    base = Path(os.environ[MIRROR_ENV]) if os.environ.get(MIRROR_ENV) else cache_dir() / "mirrors"
    return base / hashlib.sha256(url.encode()).hexdigest()[:16]


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) < 300 else text[:297] + "..."


@contextlib.contextmanager
def remote_errors(url: str, doing: str) -> Iterator[None]:
    """Any failure of the storage layer inside becomes a one-line `UserError`."""
    try:
        yield
    except UserError:
        raise
    except FileNotFoundError as exc:
        raise UserError(f"{url}: {doing}: not found ({_one_line(exc)})") from None
    except PermissionError as exc:
        raise UserError(f"{url}: {doing}: permission denied ({_one_line(exc)})") from None
    except Exception as exc:  # botocore, aiohttp, gcsfs ... errors: name them in one line
        raise UserError(f"{url}: {doing}: {type(exc).__name__}: {_one_line(exc)}") from None


@dataclass
class Remote:
    """A URL's filesystem and root path (no protocol, no trailing slash)."""

    url: str
    fs: Any
    root: str

    def path(self, *parts: str) -> str:
        return "/".join((self.root, *parts))

    def find(self, path: str) -> list[str]:
        """Every file under `path`, listed afresh (fsspec caches listings; writers change them)."""
        self.fs.invalidate_cache()
        return self.fs.find(path)

    def read(self, path: str) -> bytes | None:
        """A whole object, or None when there is none (a GET: no cached listing involved)."""
        try:
            return self.fs.cat_file(path)
        except FileNotFoundError:
            return None

    @classmethod
    def open(cls, url: str) -> "Remote":
        """Open `url` (credentials and endpoints from the environment); one-line errors for
        an unknown scheme, a missing fsspec implementation or a URL without a bucket."""
        import fsspec

        protocol = url.split("://", 1)[0].lower()
        try:
            cls_ = fsspec.get_filesystem_class(protocol)
        except ValueError:
            raise UserError(f"{url}: unknown storage scheme {protocol}://") from None
        except ImportError:
            hint = _INSTALL.get(protocol, f"install the fsspec implementation of {protocol}://")
            raise UserError(f"{url}: {protocol}:// needs a package that is not installed: "
                            f"{hint}") from None
        with remote_errors(url, "cannot open"):
            fs = cls_(skip_instance_cache=True)  # the endpoint may have changed (env)
            root = fs._strip_protocol(url).rstrip("/")
        if not root.strip("/"):
            raise UserError(f"{url}: the URL names no bucket or folder")
        return cls(url, fs, root)

    def check(self) -> None:
        """The bucket exists and answers (a one-line error when not)."""
        split = getattr(self.fs, "split_path", None)
        if split is None:  # no buckets (memory://, hdfs://, ...): created on write
            return
        bucket = split(self.root)[0]
        with remote_errors(self.url, "cannot reach the storage"):
            try:
                self.fs.info(bucket)
            except FileNotFoundError:
                raise UserError(f"{self.url}: bucket {bucket} does not exist (or is not "
                                "visible with these credentials)") from None
