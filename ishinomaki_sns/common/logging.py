"""Keep tokens and secrets out of every log line, in every process.

Two kinds of redaction, both applied by `RedactSecretsFilter`:
- by pattern: `access_token=...`, `"password": "..."`, `Bearer ...` and the like;
- by value: the app secret, the Django secret key and the webhook verify token (registered
  when logging is configured) and every stored token as soon as it is decrypted
  (`crypto.EncryptedTextField` registers it), so a token that reaches a log line in any
  shape (a JSON body, an exception, a repr) is still replaced.

`configure(LOGGING)` is the one set-up for the web process, management commands, the Celery
worker and beat (celery.py connects it to Celery's `setup_logging` signal): it applies the
dictConfig and then puts the filter on every handler of every logger, including handlers
that a library or a server (gunicorn, Django's DEFAULT_LOGGING) installed itself.
"""

from __future__ import annotations

import logging
import logging.config
import re
import threading
from collections.abc import Iterable

# access_token=..., appsecret_proof=..., client_secret=..., "Bearer ..." and Fernet blobs.
_PATTERNS = [
    re.compile(
        r"(?i)((?:access_token|input_token|appsecret_proof|client_secret|code|password|fb_exchange_token)=)[^&\s\"']+"
    ),
    re.compile(r"(?i)(\"(?:access_token|password|client_secret)\"\s*:\s*\")[^\"]+"),
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._\-|]+"),
]
REDACTED = "[REDACTED]"
# Shorter values would redact ordinary words; real tokens and secrets are far longer.
MIN_SECRET_LENGTH = 8

_lock = threading.Lock()
_secrets: set[str] = set()
_secrets_pattern: re.Pattern[str] | None = None


def register_secret(value: object) -> None:
    """Redact this exact value from every later log line (a token just decrypted, a secret
    read from settings). Values shorter than MIN_SECRET_LENGTH are ignored."""
    global _secrets_pattern
    text = value.reveal() if hasattr(value, "reveal") else value  # crypto.Secret
    if not isinstance(text, str) or len(text) < MIN_SECRET_LENGTH or text in _secrets:
        return
    with _lock:
        _secrets.add(text)
        # Longest first, so a secret that contains another is replaced whole.
        ordered = sorted(_secrets, key=len, reverse=True)
        _secrets_pattern = re.compile("|".join(re.escape(s) for s in ordered))


def register_secrets(values: Iterable[object]) -> None:
    for value in values:
        register_secret(value)


def redact(text: str) -> str:
    """The text with every registered secret and every token-shaped value replaced."""
    pattern = _secrets_pattern
    if pattern is not None:
        text = pattern.sub(REDACTED, text)
    for token_pattern in _PATTERNS:
        text = token_pattern.sub(r"\1" + REDACTED, text)
    return text


class RedactSecretsFilter(logging.Filter):
    """Rewrites the formatted message, the traceback and the stack so that no token reaches
    a handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not hide the log line
            return True
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            # Formatters reuse exc_text when it is set: format the traceback once, cleaned.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def _all_handlers() -> Iterable[logging.Handler]:
    yield from logging.getLogger().handlers
    for logger in list(logging.Logger.manager.loggerDict.values()):
        if isinstance(logger, logging.Logger):
            yield from logger.handlers


def install_redaction() -> int:
    """Put the redaction filter on every handler that lacks it; returns how many got it."""
    added = 0
    for handler in _all_handlers():
        if not any(isinstance(f, RedactSecretsFilter) for f in handler.filters):
            handler.addFilter(RedactSecretsFilter())
            added += 1
    return added


def configure(logging_settings: dict | None) -> None:
    """LOGGING_CONFIG for Django and the receiver of Celery's setup_logging: dictConfig,
    the settings' secrets registered by value, the filter on every handler."""
    from django.conf import settings

    if logging_settings:
        logging.config.dictConfig(logging_settings)
    register_secrets(
        getattr(settings, name, "")
        for name in ("FACEBOOK_APP_SECRET", "SECRET_KEY", "FACEBOOK_WEBHOOK_VERIFY_TOKEN")
    )
    install_redaction()
