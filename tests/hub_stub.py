"""A local stand-in for the Hugging Face Hub's HTTP API: just the endpoints huggingface_hub
calls for `create_repo`, `create_branch` and `create_commit` (README YAML validation,
preupload, NDJSON commit with inline base64 files). Every request is recorded."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_REPO = r"/api/(?P<type>models|datasets|spaces)/(?P<repo>[^/]+/[^/]+)"
INLINE_LIMIT = 10_000_000  # bytes; larger files would need LFS, which this stub does not take


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class HubState:
    repos: dict[str, dict[str, Any]] = field(default_factory=dict)  # repo_id -> create payload
    branches: dict[str, set[str]] = field(default_factory=dict)
    files: dict[tuple[str, str], dict[str, bytes]] = field(default_factory=dict)  # (repo, rev)
    commits: list[dict[str, Any]] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)
    fail_commits: int = 0  # the next N commits answer 500


class HubStub:
    """Start with `HubStub().start()`; `url` is the endpoint (set HF_ENDPOINT to it)."""

    def __init__(self) -> None:
        self.state = HubState()
        self.lock = threading.Lock()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                self._handle("GET")

            def do_POST(self) -> None:
                self._handle("POST")

            def _handle(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                request = Request(method, self.path, headers, body)
                with stub.lock:
                    stub.state.requests.append(request)
                    status, payload = stub.route(request)
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> "HubStub":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def reset(self) -> None:
        with self.lock:
            self.state = HubState()

    def route(self, r: Request) -> tuple[int, Any]:
        path = r.path.split("?", 1)[0]
        if not r.headers.get("authorization", "").startswith("Bearer "):
            return 401, {"error": "Invalid credentials in Authorization header"}
        if r.method == "POST" and path == "/api/repos/create":
            data = json.loads(r.body)
            repo = f"{data.get('organization') or 'stub-user'}/{data['name']}"
            if data.get("type") != "dataset":
                return 400, {"error": "this stub only hosts datasets"}
            self.state.repos.setdefault(repo, data)
            self.state.branches.setdefault(repo, {"main"})
            return 200, {"url": f"{self.url}/datasets/{repo}", "name": repo}
        if r.method == "POST" and path == "/api/validate-yaml":
            return 200, {"errors": [], "warnings": []}
        m = re.fullmatch(_REPO + r"/(?P<op>preupload|commit|branch)/(?P<rev>[^/]+)", path)
        if m is None or r.method != "POST":
            return 404, {"error": f"stub: no route for {r.method} {path}"}
        repo, rev, op = m["repo"], m["rev"], m["op"]
        if repo not in self.state.repos:
            return 404, {"error": "Repository not found"}
        if op == "branch":
            self.state.branches[repo].add(rev)
            return 200, {}
        if rev not in self.state.branches[repo]:
            return 404, {"error": f"Invalid rev id: {rev}"}
        if op == "preupload":
            files = json.loads(r.body)["files"]
            return 200, {"files": [{"path": f["path"], "shouldIgnore": False, "oid": None,
                                    "uploadMode": "regular" if f["size"] < INLINE_LIMIT else "lfs"}
                                   for f in files]}
        if self.state.fail_commits > 0:
            self.state.fail_commits -= 1
            return 500, {"error": "Internal Error - We're working hard to fix this!"}
        lines = [json.loads(line) for line in r.body.splitlines() if line.strip()]
        header = next(item["value"] for item in lines if item["key"] == "header")
        tree = dict(self.state.files.get((repo, rev), {}))
        for item in lines:
            if item["key"] == "file":
                assert item["value"]["encoding"] == "base64"
                tree[item["value"]["path"]] = base64.b64decode(item["value"]["content"])
            elif item["key"] != "header":
                return 400, {"error": f"stub: unsupported commit operation {item['key']}"}
        self.state.files[(repo, rev)] = tree
        oid = hashlib.sha1(r.body).hexdigest()
        self.state.commits.append({"repo": repo, "revision": rev, "summary": header["summary"],
                                   "oid": oid, "paths": sorted(tree)})
        return 200, {"commitUrl": f"{self.url}/datasets/{repo}/commit/{oid}", "commitOid": oid,
                     "pullRequestUrl": None}
