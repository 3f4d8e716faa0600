"""Graph API times: `"2021-07-23T08:35:18+0000"` in reads, Unix integers in webhooks."""

from __future__ import annotations

from datetime import UTC, datetime

GRAPH_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


def parse_time(value: str | int | float | datetime | None) -> datetime | None:
    """An aware datetime from a Graph time string, a Unix time or a datetime (None stays None).
    Raises ValueError on anything else, so bad data is noticed, not stored as 'now'."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value
    if isinstance(value, bool):
        raise ValueError("not a time")
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value, tz=UTC)
    text = str(value).strip()
    if text.isdigit():
        return datetime.fromtimestamp(int(text), tz=UTC)
    if text.endswith("Z"):
        text = text[:-1] + "+0000"
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S%z")


def format_time(moment: datetime | int | float) -> str:
    """The Graph read format, always in UTC with `+0000`."""
    if not isinstance(moment, datetime):
        moment = datetime.fromtimestamp(moment, tz=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def to_unix(moment: datetime | int | float) -> int:
    """Unix seconds for `since`/`until` parameters."""
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            raise ValueError("naive datetime")
        return int(moment.timestamp())
    return int(moment)
