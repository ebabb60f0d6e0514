#!/usr/bin/env python3
"""A throwaway PostgreSQL server for the tests and benchmarks.

    python tests/pg_server.py start DIR   # prints the server's URL
    python tests/pg_server.py stop DIR

Debian's own server binaries (`apt-get install postgresql`), a new cluster
in DIR, listening on loopback only on a free port, its socket in DIR too,
trusting local connections as the user `vd`. As root (CI) the server runs
as the `postgres` user, because PostgreSQL refuses to run as root. Settings
favour speed over durability: the cluster is thrown away after the run.

The tests read the URL from VILLAGEDESK_TEST_PG (tests/conftest.py); with
it set, the storage, service and CLI tests run on PostgreSQL instead of
SQLite (`bash tests/run_on_postgresql.sh` does all of it).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

USER = "vd"
SETTINGS = ("-c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200 -c shared_buffers=256MB")


def bindir() -> Path:
    found = shutil.which("pg_config")
    if found:
        out = subprocess.run([found, "--bindir"], capture_output=True, text=True).stdout.strip()
        if out and (Path(out) / "initdb").exists():
            return Path(out)
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if not candidates:
        sys.exit("PostgreSQL's server is not installed: sudo apt-get install -y postgresql")
    return Path(candidates[-1]).parent


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(folder: Path) -> str:
    folder = folder.resolve()
    data = folder / "data"
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    bin_ = bindir()
    if not data.exists():
        subprocess.run(_as_server_user([str(bin_ / "initdb"), "-D", str(data), "-A", "trust", "-U", USER,
                                        "-E", "UTF8", "--locale=C.UTF-8"]),
                       check=True, stdout=subprocess.DEVNULL)
    port = _free_port()
    subprocess.run(_as_server_user([str(bin_ / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"),
                                    "-w", "-o", f"-p {port} -k {folder} {SETTINGS}", "start"]),
                   check=True, stdout=subprocess.DEVNULL)
    url = f"postgresql://{USER}@127.0.0.1:{port}/postgres"
    (folder / "url").write_text(url)
    return url


def stop(folder: Path) -> None:
    data = folder.resolve() / "data"
    subprocess.run(_as_server_user([str(bindir() / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]),
                   check=False, stdout=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print(__doc__, file=sys.stderr)
        return 2
    if argv[0] == "start":
        print(start(Path(argv[1])))
    else:
        stop(Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
