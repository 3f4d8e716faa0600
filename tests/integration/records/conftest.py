"""The permission-matrix actors for the records view tests."""

from tests.access import actors  # noqa: F401
