"""Settings for the test run: a real PostgreSQL and a real Redis that `make test` starts.

`tools/testenv.py` exports DATABASE_URL and REDIS_URL before pytest imports this module.
"""

import os

os.environ.setdefault("DJANGO_DEBUG", "false")
# django-axes logs every sign-in at INFO; the test output has no use for it.
os.environ.setdefault("AXES_LOG_LEVEL", "WARNING")
os.environ.setdefault("DJANGO_SECRET_KEY", "test-secret-key-not-for-production-0123456789abcdef")
os.environ.setdefault("FIELD_ENCRYPTION_KEYS", "S0tgp1bW5CmxuU0OqyX1ZC2Ex3sMwOYy5n3LwdmOqVs=")
os.environ.setdefault("FACEBOOK_APP_ID", "1234567890")
os.environ.setdefault("FACEBOOK_APP_SECRET", "test-app-secret")
os.environ.setdefault("FACEBOOK_WEBHOOK_VERIFY_TOKEN", "test-verify-token")
# Every test client comes from 127.0.0.1 and the cache outlives a test: the rate limit tests
# set their own small limit (tests/integration/test_rate_limits.py).
os.environ.setdefault("RATELIMIT_PUBLIC_REQUESTS", "100000")

from .base import *  # noqa: E402, F403
from .base import STORAGES  # noqa: E402

SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # noqa: S303 - speed, tests only
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ALLOWED_HOSTS = ["*"]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Most tests sign users in with force_login; the two-step tests turn enforcement back on
# (tests/integration/test_two_factor.py) so that the production behaviour is what they check.
TWO_FACTOR_REQUIRED_ROLES = []
