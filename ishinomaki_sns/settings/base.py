"""Settings for every environment, read from environment variables (12-factor).

Defaults are the embedded ones `make run` uses (SQLite, a local Redis, the Graph API
simulator); production sets every variable in `.env` (see `.env.example`).
"""

from pathlib import Path

import environ
from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False) if (BASE_DIR / ".env").exists() else None

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env.str(
    "DJANGO_SECRET_KEY", default="insecure-development-key-change-me" if DEBUG else ""
)
if not SECRET_KEY:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "guardian",
    "axes",
    "csp",
    "django_filters",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "ishinomaki_sns",
    "accounts",
    "pages",
    "guidelines",
    "comments",
    "moderation",
    "insights",
    "incidents",
    "publishing",
    "records",
    "scoring",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.RoleExpiryMiddleware",
    "accounts.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "ishinomaki_sns.common.queue.QueueNoticeMiddleware",
    "ishinomaki_sns.common.ratelimit.RateLimitMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Axes must be last: it turns a locked-out login into its own response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "ishinomaki_sns.urls"
WSGI_APPLICATION = "ishinomaki_sns.wsgi.application"
AUTH_USER_MODEL = "accounts.User"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "ishinomaki_sns.context_processors.portal",
                "moderation.context_processors.crisis_mode",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}")
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # `make run` has the web server, the worker and webhooks writing one SQLite file: WAL lets
    # readers go on during a write, and IMMEDIATE transactions take the write lock up front
    # instead of failing with "database is locked" when a reader tries to become a writer.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("DATABASE_CONN_MAX_AGE", default=0))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env.str("REDIS_URL", default="redis://127.0.0.1:6379/0")
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env.str("CACHE_URL", default=REDIS_URL),
    }
}

AUTHENTICATION_BACKENDS = [
    # Axes first, so a locked-out user never reaches the password check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "guardian.backends.ObjectPermissionBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Login throttling (django-axes): lock a username+address pair after repeated failures.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=0.25)  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]

GUARDIAN_RAISE_403 = False
GUARDIAN_RENDER_403 = False
ANONYMOUS_USER_NAME = None  # guardian: no anonymous user row; the public pages need none.

LANGUAGE_CODE = "ja"
LANGUAGES = [("ja", _("Japanese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Tokyo"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # npm packages served by the portal itself; city networks cannot reach a CDN.
    (
        "vendor/design-tokens",
        BASE_DIR / "node_modules" / "@digital-go-jp" / "design-tokens" / "dist",
    ),
    ("vendor/htmx", BASE_DIR / "node_modules" / "htmx.org" / "dist"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": env.str(
            "STATICFILES_BACKEND",
            default="django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage",
        )
    },
}

# Security: every Facebook comment is hostile text, so no inline script and no outside origin.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=8 * 60 * 60)  # one working day
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env.bool("DJANGO_BEHIND_PROXY", default=False) else None
)

# Tokens are encrypted at rest with keys from the environment (Fernet; first key encrypts,
# all keys decrypt, so keys can be rotated). Development derives one from the secret key.
FIELD_ENCRYPTION_KEYS = env.list("FIELD_ENCRYPTION_KEYS", default=[])

EMAIL_BACKEND = env.str(
    "EMAIL_BACKEND",
    default="django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="sns-portal@city.ishinomaki.lg.jp")
PORTAL_BASE_URL = env.str("PORTAL_BASE_URL", default="http://127.0.0.1:8000")

# Celery: the broker is read from the environment once, when the app is configured.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=REDIS_URL)
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE: dict = {
    "worker-heartbeat": {"task": "portal.worker_heartbeat", "schedule": 30.0},
    # Every minute, queue the pages whose own interval (default 5 minutes) has passed.
    "comments-sync-due": {"task": "comments.sync_due", "schedule": 60.0},
    "comments-full-sync": {
        "task": "comments.full_sync_all",
        "schedule": crontab(hour=2, minute=30),
    },
    "pages-token-health": {"task": "comments.token_health", "schedule": crontab(hour=6, minute=0)},
}
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600)
}

# Ingestion. The overlap re-reads a little of the last window: upserts make it harmless and
# it covers clock skew and comments Facebook indexes late.
COMMENTS_SYNC_INTERVAL_SECONDS = env.int("COMMENTS_SYNC_INTERVAL_SECONDS", default=300)
COMMENTS_SYNC_OVERLAP_SECONDS = env.int("COMMENTS_SYNC_OVERLAP_SECONDS", default=600)
COMMENTS_SYNC_LOCK_TTL_SECONDS = env.int("COMMENTS_SYNC_LOCK_TTL_SECONDS", default=300)
COMMENTS_FULL_SYNC_WINDOW_DAYS = env.int("COMMENTS_FULL_SYNC_WINDOW_DAYS", default=400)
COMMENTS_MAX_PAUSE_SECONDS = env.int("COMMENTS_MAX_PAUSE_SECONDS", default=3600)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

# Facebook Graph API. Tests and the demo point FACEBOOK_GRAPH_URL at our simulator.
FACEBOOK_GRAPH_URL = env.str("FACEBOOK_GRAPH_URL", default="https://graph.facebook.com")
FACEBOOK_GRAPH_VERSION = env.str("FACEBOOK_GRAPH_VERSION", default="v24.0")
FACEBOOK_APP_ID = env.str("FACEBOOK_APP_ID", default="")
FACEBOOK_APP_SECRET = env.str("FACEBOOK_APP_SECRET", default="")
FACEBOOK_WEBHOOK_VERIFY_TOKEN = env.str("FACEBOOK_WEBHOOK_VERIFY_TOKEN", default="")
# The Login dialog lives on www.facebook.com (the simulator serves both); Graph timeouts in seconds.
FACEBOOK_DIALOG_URL = env.str("FACEBOOK_DIALOG_URL", default="https://www.facebook.com")
FACEBOOK_GRAPH_CONNECT_TIMEOUT = env.float("FACEBOOK_GRAPH_CONNECT_TIMEOUT", default=3.05)
FACEBOOK_GRAPH_READ_TIMEOUT = env.float("FACEBOOK_GRAPH_READ_TIMEOUT", default=30.0)

# One set-up for every process (web, commands, Celery worker and beat): the redaction filter
# goes on every handler, and secrets are redacted by value as well as by pattern.
LOGGING_CONFIG = "ishinomaki_sns.common.logging.configure"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact_secrets": {"()": "ishinomaki_sns.common.logging.RedactSecretsFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["redact_secrets"]}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "axes": {"level": env.str("AXES_LOG_LEVEL", default="INFO")},
    },
}
# Public endpoints: requests per address per window (429 with Retry-After beyond it), by
# URL name; "json" answers the API's way. The webhook's body is capped before parsing.
RATELIMIT_PUBLIC_REQUESTS = env.int("RATELIMIT_PUBLIC_REQUESTS", default=60)
RATELIMIT_PUBLIC_WINDOW_SECONDS = env.int("RATELIMIT_PUBLIC_WINDOW_SECONDS", default=60)
RATELIMIT_VIEWS = {
    "pages:registry": "html",
    "pages:registry_json": "json",
    "pages:registry_verify": "json",
}
WEBHOOK_MAX_BODY_BYTES = env.int("WEBHOOK_MAX_BODY_BYTES", default=256 * 1024)
CSRF_FAILURE_VIEW = "ishinomaki_sns.views.csrf_failure"
AXES_VERBOSE = False
TWO_FACTOR_REQUIRED_ROLES = env.list(
    "TWO_FACTOR_REQUIRED_ROLES", default=["ict_office", "secretariat"]
)
OTP_TOTP_ISSUER = "石巻市SNSポータル"
ACCESS_REVIEW_INACTIVE_DAYS = env.int("ACCESS_REVIEW_INACTIVE_DAYS", default=90)
# The one-time link a new person uses to set a password expires after this (Django's token).
PASSWORD_RESET_TIMEOUT = env.int("ACCOUNTS_INVITATION_HOURS", default=72) * 60 * 60
CELERY_BEAT_SCHEDULE["accounts-roles-end-expired"] = {
    "task": "accounts.roles_end_expired",
    "schedule": 60.0,
}

# Official pages: continuation reviews (yearly, and when a page stays quiet).
PAGES_REVIEW_INTERVAL_DAYS = env.int("PAGES_REVIEW_INTERVAL_DAYS", default=365)
PAGES_DORMANCY_DAYS = env.int("PAGES_DORMANCY_DAYS", default=90)
PAGES_REVIEW_ANSWER_DAYS = env.int("PAGES_REVIEW_ANSWER_DAYS", default=30)
CELERY_BEAT_SCHEDULE["pages-open-due-reviews"] = {
    "task": "pages.open_due_reviews",
    "schedule": 24 * 60 * 60,
}
# Webhook subscriptions (`/{page-id}/subscribed_apps`): a temporary error is retried with
# exponential backoff up to the maximum number of attempts; the sweep queues again any pending
# subscribe/unsubscribe whose task was lost (broker down at the time, worker killed).
PAGES_WEBHOOKS_MAX_ATTEMPTS = env.int("PAGES_WEBHOOKS_MAX_ATTEMPTS", default=10)
PAGES_WEBHOOKS_BACKOFF_SECONDS = env.float("PAGES_WEBHOOKS_BACKOFF_SECONDS", default=30.0)
PAGES_WEBHOOKS_BACKOFF_MAX = env.float("PAGES_WEBHOOKS_BACKOFF_MAX", default=3600.0)
PAGES_WEBHOOKS_LEASE_SECONDS = env.float("PAGES_WEBHOOKS_LEASE_SECONDS", default=120.0)
CELERY_BEAT_SCHEDULE["pages-webhooks-sweep"] = {
    "task": "pages.webhooks_sweep",
    "schedule": 5 * 60,
}

# Moderation: the outbox to Facebook retries transient errors with exponential backoff; the
# text of hidden or deleted comments is kept as a public record for the retention period
# (five years by default), after which the daily purge erases the text but keeps every
# flag, decision and audit entry.
MODERATION_OUTBOX_MAX_ATTEMPTS = env.int("MODERATION_OUTBOX_MAX_ATTEMPTS", default=6)
MODERATION_OUTBOX_BACKOFF_SECONDS = env.float("MODERATION_OUTBOX_BACKOFF_SECONDS", default=10.0)
MODERATION_OUTBOX_BACKOFF_MAX = env.float("MODERATION_OUTBOX_BACKOFF_MAX", default=600.0)
MODERATION_RETENTION_DAYS = env.int("MODERATION_RETENTION_DAYS", default=5 * 365)
CELERY_BEAT_SCHEDULE["moderation-outbox-sweep"] = {
    "task": "moderation.outbox_sweep",
    "schedule": 5 * 60,
}
# Sweeps the worker queues once when it starts, so pending rows left while it was down
# (or before the broker was up) go out at once.
WORKER_START_SWEEPS = ["pages.webhooks_sweep", "moderation.outbox_sweep", "publishing.sweep"]

# The text purge runs inside the records retention job (records.retention), which applies
# the retention classes the ICT office sets and the legal holds in force.
CELERY_BEAT_SCHEDULE["records-retention-run"] = {
    "task": "records.retention_run",
    "schedule": crontab(hour=3, minute=15),
}
CELERY_BEAT_SCHEDULE["records-audit-anchor"] = {
    "task": "records.audit_anchor",
    "schedule": crontab(hour=23, minute=59),
}
RECORDS_EXPORT_DIR = env.str("RECORDS_EXPORT_DIR", default=str(BASE_DIR / "var" / "exports"))

# Insights (daily pull) and incidents (spike detection every 15 minutes).
INSIGHTS_PAGE_METRICS = env.list(
    "INSIGHTS_PAGE_METRICS", default=["page_follows", "page_media_view"]
)
INSIGHTS_POST_METRICS = env.list(
    "INSIGHTS_POST_METRICS", default=["post_media_view", "post_reactions_by_type_total"]
)
INSIGHTS_PULL_DAYS = env.int("INSIGHTS_PULL_DAYS", default=7)
INSIGHTS_POST_DAYS = env.int("INSIGHTS_POST_DAYS", default=30)
HEALTH_SYNC_LAG_HOURS = env.int("HEALTH_SYNC_LAG_HOURS", default=6)
HEALTH_FLAG_WAIT_HOURS = env.int("HEALTH_FLAG_WAIT_HOURS", default=24)
INCIDENTS_SPIKE_BASELINE_DAYS = env.int("INCIDENTS_SPIKE_BASELINE_DAYS", default=14)
INCIDENTS_SPIKE_K = env.float("INCIDENTS_SPIKE_K", default=3.0)
INCIDENTS_SPIKE_MIN_COMMENTS = env.int("INCIDENTS_SPIKE_MIN_COMMENTS", default=20)
INCIDENTS_SPIKE_MIN_FLAGS = env.int("INCIDENTS_SPIKE_MIN_FLAGS", default=5)
CELERY_BEAT_SCHEDULE["insights-pull"] = {
    "task": "insights.pull",
    "schedule": crontab(hour=4, minute=15),
}
CELERY_BEAT_SCHEDULE["incidents-detect-spikes"] = {
    "task": "incidents.detect_spikes",
    "schedule": 15 * 60,
}

# Publishing the city's own posts: approval lapses after PUBLISHING_APPROVAL_DAYS; the worker
# records each attempt with a lease longer than a Graph call can take, and checks links
# with a short timeout; links outside these domains are findings to acknowledge.
PUBLISHING_APPROVAL_DAYS = env.int("PUBLISHING_APPROVAL_DAYS", default=7)
PUBLISHING_ATTEMPT_LEASE_SECONDS = env.float("PUBLISHING_ATTEMPT_LEASE_SECONDS", default=120.0)
PUBLISHING_LINK_CHECK_TIMEOUT = env.float("PUBLISHING_LINK_CHECK_TIMEOUT", default=5.0)
PUBLISHING_LINK_ALLOWED_DOMAINS = env.list(
    "PUBLISHING_LINK_ALLOWED_DOMAINS", default=["city.ishinomaki.lg.jp"]
)
PUBLISHING_TEXT_WARN_LENGTH = env.int("PUBLISHING_TEXT_WARN_LENGTH", default=1000)
PUBLISHING_IMAGE_MAX_BYTES = env.int("PUBLISHING_IMAGE_MAX_BYTES", default=4 * 1024 * 1024)
CELERY_BEAT_SCHEDULE["publishing-sweep"] = {"task": "publishing.sweep", "schedule": 60.0}

# The learned scorer (scoring app, issue 11). Moderation reaches it only through the module
# named here (moderation/scorer_hook.py); empty switches it off. The weekly retraining makes
# its model active by itself only when its cross-validated recall is not worse than the
# active model's by more than SCORER_AUTO_ACCEPT_MARGIN; otherwise the secretariat decides.
MODERATION_SCORER = env.str("MODERATION_SCORER", default="scoring.hooks")
SCORER_DEFAULT_SHARE = env.float("SCORER_DEFAULT_SHARE", default=0.05)
SCORER_CLEAN_SAMPLE = env.int("SCORER_CLEAN_SAMPLE", default=2000)
SCORER_CLEAN_SAMPLE_MIN_AGE_DAYS = env.int("SCORER_CLEAN_SAMPLE_MIN_AGE_DAYS", default=7)
SCORER_AUTO_ACCEPT_MARGIN = env.float("SCORER_AUTO_ACCEPT_MARGIN", default=0.02)
CELERY_BEAT_SCHEDULE["scoring-weekly-retrain"] = {
    "task": "scoring.retrain_weekly",
    "schedule": crontab(hour=2, minute=30, day_of_week="sunday"),
}
