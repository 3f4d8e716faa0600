import logging

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from ishinomaki_sns.common import crypto
from ishinomaki_sns.common.logging import RedactSecretsFilter, redact


def test_encryption_round_trip_and_ciphertext_hides_the_value():
    blob = crypto.encrypt_text("EAAB-page-token")
    assert "EAAB" not in blob
    assert crypto.decrypt_text(blob) == "EAAB-page-token"


def test_secret_never_shows_its_value_in_repr_or_str():
    secret = crypto.Secret("EAAB-page-token")
    assert "EAAB" not in repr(secret) and "EAAB" not in str(secret) and "EAAB" not in f"{secret}"
    assert secret.reveal() == "EAAB-page-token"


def test_rotated_keys_still_decrypt_old_rows():
    old_key, new_key = (
        "S0tgp1bW5CmxuU0OqyX1ZC2Ex3sMwOYy5n3LwdmOqVs=",
        "J0c5m9PfGgNE9lqg0zq7wq4QDsO4t3S4xk8bQjv1B7E=",
    )
    crypto._fernet.cache_clear()
    with override_settings(FIELD_ENCRYPTION_KEYS=[old_key]):
        blob = crypto.encrypt_text("x")
    crypto._fernet.cache_clear()
    with override_settings(FIELD_ENCRYPTION_KEYS=[new_key, old_key]):
        assert crypto.decrypt_text(blob) == "x"
    crypto._fernet.cache_clear()
    with override_settings(FIELD_ENCRYPTION_KEYS=[new_key]), pytest.raises(ImproperlyConfigured):
        crypto.decrypt_text(blob)
    crypto._fernet.cache_clear()


@pytest.mark.parametrize(
    "line",
    [
        "GET https://graph.facebook.com/v24.0/1/feed?access_token=EAABsecret&limit=25",
        'body {"access_token": "EAABsecret"}',
        "Authorization: Bearer EAABsecret",
        "appsecret_proof=EAABsecret&x=1",
    ],
)
def test_tokens_are_redacted_from_log_lines(line):
    assert "EAABsecret" not in redact(line)


def test_log_filter_rewrites_records(caplog):
    logger = logging.getLogger("test.redact")
    logger.addFilter(RedactSecretsFilter())
    with caplog.at_level(logging.INFO, logger="test.redact"):
        logger.info("calling %s", "https://x/?access_token=EAABsecret")
    assert "EAABsecret" not in caplog.text
    assert "[REDACTED]" in caplog.text


def test_a_registered_secret_is_redacted_in_any_shape(caplog):
    from ishinomaki_sns.common.logging import register_secret

    register_secret("EAAGvalue-only-known-at-run-time")
    register_secret("short")  # too short to redact safely: ignored
    logger = logging.getLogger("test.redact.value")
    logger.addFilter(RedactSecretsFilter())
    with caplog.at_level(logging.INFO, logger="test.redact.value"):
        logger.info("payload %r", {"token": "EAAGvalue-only-known-at-run-time", "n": "short"})
    assert "EAAGvalue" not in caplog.text
    assert "'token': '[REDACTED]'" in caplog.text and "short" in caplog.text


def test_decrypting_a_stored_token_registers_it(caplog):
    from ishinomaki_sns.common.logging import redact

    field = crypto.EncryptedTextField()
    stored = field.get_prep_value("EAAGdecrypted-token-value-42")
    assert "EAAGdecrypted-token-value-42" in redact("x EAAGdecrypted-token-value-42")
    secret = field.from_db_value(stored, None, None)
    assert secret.reveal() == "EAAGdecrypted-token-value-42"
    assert redact("x EAAGdecrypted-token-value-42 y") == "x [REDACTED] y"


def test_tracebacks_are_redacted_too():
    from ishinomaki_sns.common.logging import register_secret

    register_secret("EAAGin-an-exception-message")
    record = None
    try:
        raise ValueError("bad token EAAGin-an-exception-message")
    except ValueError:
        import sys

        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    RedactSecretsFilter().filter(record)
    text = logging.Formatter().format(record)
    assert "EAAGin-an-exception" not in text and "[REDACTED]" in text


def test_configure_puts_the_filter_on_every_handler_and_registers_the_app_secret(settings):
    from ishinomaki_sns.common.logging import configure, redact

    library_logger = logging.getLogger("some.library")
    handler = logging.StreamHandler()
    library_logger.addHandler(handler)  # a handler that no LOGGING setting knows about
    try:
        configure(None)
        assert any(isinstance(f, RedactSecretsFilter) for f in handler.filters)
        assert redact(f"secret={settings.FACEBOOK_APP_SECRET}!") == "secret=[REDACTED]!"
    finally:
        library_logger.removeHandler(handler)
