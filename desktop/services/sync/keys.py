"""An installation's two key pairs (docs/sync-format.md §1): Ed25519 to sign,
X25519 to be encrypted to. Keys travel as raw 32-byte strings so the
database and the files hold plain bytes, not library objects."""

from __future__ import annotations

from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

KEY_BYTES = 32
SIGNATURE_BYTES = 64


@dataclass(frozen=True)
class KeyPair:
    # Private keys are kept out of repr so they never reach a log or a traceback.
    signing_private: bytes = field(repr=False)
    encryption_private: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.signing_private) != KEY_BYTES or len(self.encryption_private) != KEY_BYTES:
            raise ValueError("private keys are 32 raw bytes each")

    @property
    def signing_public(self) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.signing_private).public_key().public_bytes_raw()

    @property
    def encryption_public(self) -> bytes:
        return X25519PrivateKey.from_private_bytes(self.encryption_private).public_key().public_bytes_raw()


def generate_keys() -> KeyPair:
    return KeyPair(signing_private=Ed25519PrivateKey.generate().private_bytes_raw(),
                   encryption_private=X25519PrivateKey.generate().private_bytes_raw())


def sign(private: bytes, data: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).sign(data)


def verify(public: bytes, signature: bytes, data: bytes) -> bool:
    """True only for a good signature; a malformed key or signature is False."""
    if len(public) != KEY_BYTES or len(signature) != SIGNATURE_BYTES:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(bytes(public)).verify(bytes(signature), data)
    except (InvalidSignature, ValueError):
        return False
    return True
