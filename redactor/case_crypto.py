"""Passphrase encryption of a case folder's stored data (journal, register, cached analyses).

A case created with a passphrase stores everything that names someone sealed with AES-256-GCM
(``cryptography``'s AEAD, never a hand-made cipher) under a key derived from the passphrase with
scrypt. ``case.json`` holds the scrypt parameters, the salt and a sealed check value, so a wrong
passphrase is told apart from a damaged file before anything else is read. Every sealed item has
its own random 96-bit nonce and is bound (as associated data) to what it is (``journal``,
``register``, ``cache``), so an item cannot be swapped for another kind.

Sealed files start with ``MAGIC``; journal lines are sealed one by one (base64, one line each), so
the journal stays append-only and a torn last line is still told apart from tampering.
"""

from __future__ import annotations

import base64
import binascii
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from redactor.errors import CaseError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

# ``cryptography`` is imported where a key is made or used: a case without a passphrase (every one-off
# ``redact``) never needs it, and importing it cost each command a few hundredths of a second.

MAGIC = b"REDACTOR-SEALED-1\n"
NONCE_BYTES = 12
SALT_BYTES = 16
# scrypt cost: 2**17 x 8 x 128 bytes = 128 MiB and about half a second, once per opening.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
_CHECK = b"redactor case passphrase check"


class CasePassphraseError(CaseError):
    """The case is encrypted and no passphrase, or a wrong one, was given.

    Attributes:
        wrong: True when a passphrase was given and is wrong; False when none was given.
    """

    def __init__(self, message: str, *, wrong: bool) -> None:
        super().__init__(message)
        self.wrong = wrong


class SealedDataError(CaseError):
    """A sealed item does not open under the case's key: damaged or changed."""


@dataclass(frozen=True, slots=True)
class KdfParams:
    """How the key is derived from the passphrase (stored in ``case.json``)."""

    salt: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    def to_json(self) -> dict[str, Any]:
        return {"kdf": "scrypt", "salt": _b64(self.salt), "n": self.n, "r": self.r, "p": self.p,
                "cipher": "AES-256-GCM"}

    @classmethod
    def from_json(cls, data: Any) -> KdfParams:
        """Read the parameters back.

        Raises:
            CaseError: They are not parameters this version can use.
        """
        try:
            if data["kdf"] != "scrypt" or data["cipher"] != "AES-256-GCM":
                raise ValueError("unknown key derivation or cipher")
            return cls(base64.b64decode(data["salt"], validate=True), int(data["n"]), int(data["r"]), int(data["p"]))
        except (KeyError, TypeError, ValueError, binascii.Error) as exc:
            raise CaseError(f"the case's encryption settings are damaged ({exc})") from exc


class Sealer:
    """Seals and opens a case's stored data under one key. Make one with :meth:`create` or :meth:`unlock`."""

    def __init__(self, key: bytes, params: KdfParams) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead: AESGCM = AESGCM(key)
        self.params = params

    @classmethod
    def create(cls, passphrase: str) -> tuple[Sealer, dict[str, Any]]:
        """A new key for a new case, and the record to store in ``case.json``.

        Raises:
            CaseError: The passphrase is empty.
        """
        if not passphrase:
            raise CaseError("the case passphrase is empty; give one, or create the case without encryption")
        params = KdfParams(os.urandom(SALT_BYTES), SCRYPT_N, SCRYPT_R, SCRYPT_P)
        sealer = cls(_derive(passphrase, params), params)
        return sealer, {**params.to_json(), "check": _b64(sealer.seal(_CHECK, b"check"))}

    @classmethod
    def unlock(cls, record: Any, passphrase: str | None, where: str) -> Sealer:
        """The key of an existing encrypted case, checked against its stored check value.

        Raises:
            CasePassphraseError: No passphrase given, or a wrong one.
            CaseError: The stored settings are damaged.
        """
        if not passphrase:
            raise CasePassphraseError(f"{where}: the case is encrypted; give its passphrase (--case-passphrase)",
                                      wrong=False)
        params = KdfParams.from_json(record)
        sealer = cls(_derive(passphrase, params), params)
        try:
            check = sealer.open(base64.b64decode(record.get("check", ""), validate=True), b"check")
        except (SealedDataError, binascii.Error, ValueError):
            check = b""
        if check != _CHECK:
            raise CasePassphraseError(f"{where}: the case passphrase is wrong", wrong=True)
        return sealer

    def seal(self, data: bytes, kind: bytes) -> bytes:
        """``MAGIC`` + nonce + AES-GCM ciphertext and tag of ``data``, bound to ``kind``."""
        nonce = os.urandom(NONCE_BYTES)
        return MAGIC + nonce + self._aead.encrypt(nonce, data, kind)

    def open(self, sealed: bytes, kind: bytes) -> bytes:
        """The data ``seal`` sealed.

        Raises:
            SealedDataError: Not sealed, damaged, changed, of another kind, or under another key.
        """
        if not sealed.startswith(MAGIC) or len(sealed) < len(MAGIC) + NONCE_BYTES + 16:
            raise SealedDataError("not sealed data")
        from cryptography.exceptions import InvalidTag

        body = sealed[len(MAGIC):]
        try:
            return self._aead.decrypt(body[:NONCE_BYTES], body[NONCE_BYTES:], kind)
        except InvalidTag as exc:
            raise SealedDataError("sealed data does not open with the case key (damaged or changed)") from exc

    def seal_line(self, line: bytes, kind: bytes) -> bytes:
        """One sealed journal line (base64, no newline)."""
        return base64.b64encode(self.seal(line, kind)[len(MAGIC):])

    def open_line(self, line: bytes, kind: bytes) -> bytes:
        """The journal line ``seal_line`` sealed.

        Raises:
            SealedDataError: Not a sealed line, or it does not open.
        """
        try:
            raw = base64.b64decode(line, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise SealedDataError("not a sealed line") from exc
        return self.open(MAGIC + raw, kind)


def is_sealed(data: bytes) -> bool:
    """Whether stored bytes are sealed."""
    return data.startswith(MAGIC)


def _derive(passphrase: str, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=params.salt, length=32, n=params.n, r=params.r, p=params.p).derive(passphrase.encode("utf-8"))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


__all__ = ["CasePassphraseError", "KdfParams", "SealedDataError", "Sealer", "is_sealed"]
