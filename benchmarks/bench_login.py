#!/usr/bin/env python3
"""How long one sign-in takes, and what the argon2id cost contributes.

    python benchmarks/bench_login.py [--runs 7] [--grid]

Prints the median of:
  1. argon2-cffi's `verify` alone at the app's cost (services/passwords.py),
     the raw library doing the hash the sign-in waits for;
  2. `ws.users.login` on a real database file: reading the account, the same
     verify and the change set that records the sign-in;
  3. with --grid, `verify` at nearby costs, to choose from.
Target (issue 7): a sign-in takes 0.3-1 s on this machine, so guessing from
a stolen file is slow and a user hardly waits.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.pop("VILLAGEDESK_PASSWORD_COST", None)   # the real cost, whatever the shell says

from argon2 import PasswordHasher, Type  # noqa: E402

from desktop.core.access import Role  # noqa: E402
from desktop.services.passwords import COSTS, Cost, hash_password, hasher  # noqa: E402
from desktop.services.workspace import Workspace  # noqa: E402

PASSWORD = "a long passphrase"


def median_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        work()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--grid", action="store_true", help="also time nearby costs")
    args = parser.parse_args()

    cost = COSTS["default"]
    print(f"cost: argon2id t={cost.time_cost} m={cost.memory_kib // 1024} MiB p={cost.parallelism}, "
          f"{os.cpu_count()} CPUs")
    stored = hash_password(PASSWORD)
    verify = median_of(args.runs, lambda: hasher().verify(stored, PASSWORD))
    print(f"argon2 verify alone:      {verify * 1000:7.0f} ms")

    with tempfile.TemporaryDirectory() as folder:
        ws = Workspace.open(Path(folder) / "login.sqlite3", actor="bench")
        ws.users.create_first_admin("admin", "", PASSWORD)
        ws.users.add("zhang", "", [Role.CLERK], PASSWORD)
        login = median_of(args.runs, lambda: ws.users.login("zhang", PASSWORD))
        ws.close()
    print(f"ws.users.login:           {login * 1000:7.0f} ms  ({login / verify:.2f}x the verify alone)")
    verdict = "within" if 0.3 <= login <= 1.0 else "OUTSIDE"
    print(f"target 300-1000 ms: {verdict}")

    if args.grid:
        for t, m, p in ((2, 64, 2), (3, 64, 2), (3, 128, 2), (4, 128, 2), (5, 128, 2), (3, 256, 2), (4, 256, 2)):
            ph = PasswordHasher(time_cost=t, memory_cost=m * 1024, parallelism=p, type=Type.ID)
            h = ph.hash(PASSWORD)
            took = median_of(max(3, args.runs // 2), lambda: ph.verify(h, PASSWORD))
            print(f"  t={t} m={m:3d} MiB p={p}: {took * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
