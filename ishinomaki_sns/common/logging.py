"""Keep tokens and secrets out of every log line."""

import logging
import re

# access_token=..., appsecret_proof=..., client_secret=..., "Bearer ..." and Fernet blobs.
_PATTERNS = [
    re.compile(
        r"(?i)((?:access_token|input_token|appsecret_proof|client_secret|code|password|fb_exchange_token)=)[^&\s\"']+"
    ),
    re.compile(r"(?i)(\"(?:access_token|password|client_secret)\"\s*:\s*\")[^\"]+"),
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._\-|]+"),
]


def redact(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub(r"\1[REDACTED]", text)
    return text


class RedactSecretsFilter(logging.Filter):
    """Rewrites the formatted message so that no token reaches a handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not hide the log line
            return True
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True
