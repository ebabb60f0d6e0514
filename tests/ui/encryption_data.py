"""An encrypted office database for the encryption screens' tests: the
demo data and the office's accounts, encrypted by its administrator
(the real conversion), closed; its recovery key kept."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.services.encryption import encrypt_database
from tests.ui.access_data import PASSWORD, add_accounts


@dataclass
class Encrypted:
    path: Path
    recovery_key: str
    users_without_key: list[str]


def encrypt(ws) -> Encrypted:
    """Encrypt `ws` (it has accounts) as its administrator; ws stays open, keyed, signed out."""
    ws.users.login("admin", PASSWORD)
    result = encrypt_database(ws, PASSWORD)
    ws.users.sign_out()
    return Encrypted(ws.path, result.recovery_key, list(result.users_without_key))


@pytest.fixture
def locked_office(demo_workspace) -> Encrypted:
    """The office's database encrypted and closed: nobody has opened it."""
    add_accounts(demo_workspace)
    done = encrypt(demo_workspace)
    demo_workspace.close()
    return done


def file_bytes(path: Path) -> bytes:
    return path.read_bytes()


def flip_bit(path: Path, page: int | None = None, page_size: int = 4096) -> None:
    """One bit flipped in a page (0-based; by default one in the middle) of a
    closed encrypted file (a failing disk): its HMAC no longer matches."""
    page = path.stat().st_size // page_size // 2 if page is None else page
    with open(path, "r+b") as f:
        f.seek(page * page_size + 700)
        byte = f.read(1)
        f.seek(page * page_size + 700)
        f.write(bytes([byte[0] ^ 0x10]))
