"""Password hashes: argon2id (argon2-cffi), with its parameters in the hash.

The cost is chosen so one sign-in takes 0.3-1 s on a township laptop
(`benchmarks/bench_login.py` measures it): slow enough that guessing from a
stolen database file is slow, fast enough not to annoy. A hash made with
other parameters is still checked with its own and replaced at the next
successful sign-in (`needs_rehash`).

`VILLAGEDESK_PASSWORD_COST=test` (the tests set it) uses a real but cheap
argon2id, so hundreds of test sign-ins take no time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

COST_VARIABLE = "VILLAGEDESK_PASSWORD_COST"


@dataclass(frozen=True)
class Cost:
    time_cost: int        # passes over the memory
    memory_kib: int       # memory per hash (what makes guessing on a graphics card expensive)
    parallelism: int      # lanes (threads)


COSTS = {
    # benchmarks/bench_login.py on the two-core development machine: a
    # sign-in 0.42-0.50 s (verify alone 0.46 s); t=3 gave 0.39 s, 64 MiB
    # 0.18 s (too quick). Memory over time: a laptop has the 128 MiB, a
    # guessing card pays for it on every try.
    "default": Cost(time_cost=4, memory_kib=128 * 1024, parallelism=2),
    "test": Cost(time_cost=1, memory_kib=64, parallelism=1),
}


def cost_name() -> str:
    name = os.environ.get(COST_VARIABLE, "default")
    return name if name in COSTS else "default"


@lru_cache(maxsize=None)
def _hasher(cost: Cost) -> PasswordHasher:
    return PasswordHasher(time_cost=cost.time_cost, memory_cost=cost.memory_kib, parallelism=cost.parallelism,
                          hash_len=32, salt_len=16, type=Type.ID)


def hasher(cost: Cost | None = None) -> PasswordHasher:
    return _hasher(cost or COSTS[cost_name()])


def hash_password(password: str, cost: Cost | None = None) -> str:
    return hasher(cost).hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """Whether `password` matches; False for a wrong one or an unreadable hash."""
    try:
        return hasher().verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    try:
        return hasher().check_needs_rehash(stored_hash)
    except (InvalidHashError, ValueError):
        return True


@lru_cache(maxsize=None)
def _dummy_hash(cost: Cost) -> str:
    return _hasher(cost).hash("no such account")


def waste_verification(password: str) -> None:
    """As slow as checking a real password: an unknown login name is refused
    after the same time as a wrong password, so timing does not tell which
    names exist."""
    verify_password(_dummy_hash(COSTS[cost_name()]), password)
