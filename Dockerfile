# Production image: gunicorn for web, the same image for the Celery worker and beat.
FROM node:20-bookworm-slim AS assets
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund

FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DJANGO_SETTINGS_MODULE=ishinomaki_sns.settings.base
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev gcc gettext \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml constraints.txt ./
RUN pip install --no-cache-dir uv==0.13.9 && uv pip install --system --no-cache -r pyproject.toml -c constraints.txt
COPY --from=assets /app/node_modules ./node_modules
# The code: .dockerignore keeps secrets (.env*), .git, virtual environments, databases (var/,
# *.sqlite3), caches, node_modules (built above by npm ci), tests and screenshots out.
COPY . .
RUN DJANGO_SECRET_KEY=build-only FIELD_ENCRYPTION_KEYS=S0tgp1bW5CmxuU0OqyX1ZC2Ex3sMwOYy5n3LwdmOqVs= \
    python manage.py collectstatic --no-input -v 0
RUN useradd --system --uid 1000 portal && mkdir -p /app/var && chown portal /app/var
USER portal
EXPOSE 8000
CMD ["gunicorn", "ishinomaki_sns.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
