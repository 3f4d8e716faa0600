"""Encryption at rest for tokens and secrets (Fernet, keys from the environment).

`FIELD_ENCRYPTION_KEYS` lists Fernet keys; the first encrypts, all decrypt, so a key can be
rotated by putting the new one first. Without keys (development only) a key is derived
from SECRET_KEY so that `make run` works with nothing configured.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models

from .logging import register_secret


@lru_cache(maxsize=1)
def _fernet() -> MultiFernet:
    keys = list(getattr(settings, "FIELD_ENCRYPTION_KEYS", []) or [])
    if not keys:
        if not settings.DEBUG:
            raise ImproperlyConfigured(
                "FIELD_ENCRYPTION_KEYS must be set when DJANGO_DEBUG is off."
            )
        digest = hashlib.sha256(("field-encryption:" + settings.SECRET_KEY).encode()).digest()
        keys = [base64.urlsafe_b64encode(digest).decode()]
    return MultiFernet([Fernet(k.encode() if isinstance(k, str) else k) for k in keys])


def encrypt_text(plaintext: str) -> str:
    return _fernet().encrypt(plaintext.encode("utf-8")).decode("ascii")


def decrypt_text(ciphertext: str) -> str:
    try:
        return _fernet().decrypt(ciphertext.encode("ascii")).decode("utf-8")
    except InvalidToken as exc:  # wrong key or tampered row: never fall back to the raw value
        raise ImproperlyConfigured(
            "An encrypted field could not be decrypted with the configured keys."
        ) from exc


class Secret(str):
    """A decrypted secret whose repr and str never show the value (keeps it out of logs)."""

    def __repr__(self) -> str:
        return "Secret('********')"

    def __str__(self) -> str:
        return "********"

    def reveal(self) -> str:
        return str.__str__(self)


class EncryptedTextField(models.TextField):
    """A text column stored encrypted; reads give a `Secret` whose value needs `.reveal()`."""

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        plaintext = decrypt_text(value)
        # Known from now on, the value is redacted from every log line of this process.
        register_secret(plaintext)
        return Secret(plaintext)

    def get_prep_value(self, value):
        if value is None or value == "":
            return value
        if isinstance(value, Secret):
            value = value.reveal()
        return encrypt_text(str(value))

    def to_python(self, value):
        return value
