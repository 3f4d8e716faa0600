"""Spike detection: a page's comment volume or flag rate in the last hour, against its own past.

Definition (settings in brackets):
- The window is the last hour before `now`; the baseline is the previous
  INCIDENTS_SPIKE_BASELINE_DAYS (14) days, cut into hours (hours with no comment count as 0).
- Volume spike: comments in the window >= INCIDENTS_SPIKE_MIN_COMMENTS (20) and
  > mean + K * stddev of the baseline's hourly counts (K = INCIDENTS_SPIKE_K, 3).
  The minimum keeps a quiet page (mean 0.1, stddev 0.3) from alarming at three comments.
- Flag-rate spike: flagged comments in the window >= INCIDENTS_SPIKE_MIN_FLAGS (5) and the
  window's rate (flagged / comments) > p + K * sqrt(p(1-p)/n) and > 2p, where p is the
  baseline's rate over all its comments and n the window's comment count (a binomial
  test: a rate that high is very unlikely by chance at the page's usual rate). With no
  flags in the baseline, p is taken as 1/(baseline comments + 1).
A spike opens one *suspected* flaming incident per page (none while one is unresolved).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import TruncHour
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.models import Comment
from moderation.models import Flag
from pages.models import REGISTRY_STATUSES, OfficialPage

from .models import UNRESOLVED_STATUSES, Incident, IncidentSource


def _setting(name: str, default):
    return getattr(settings, name, default)


@dataclass(frozen=True)
class SpikeMeasure:
    """What the detector measured for one page."""

    page_id: int
    window_comments: int
    window_flagged: int
    baseline_mean: float
    baseline_std: float
    baseline_rate: float
    volume_threshold: float
    rate_threshold: float | None

    @property
    def volume_spike(self) -> bool:
        minimum = _setting("INCIDENTS_SPIKE_MIN_COMMENTS", 20)
        return self.window_comments >= minimum and self.window_comments > self.volume_threshold

    @property
    def rate_spike(self) -> bool:
        minimum = _setting("INCIDENTS_SPIKE_MIN_FLAGS", 5)
        if self.window_flagged < minimum or not self.window_comments:
            return False
        rate = self.window_flagged / self.window_comments
        return self.rate_threshold is not None and rate > self.rate_threshold

    @property
    def is_spike(self) -> bool:
        return self.volume_spike or self.rate_spike

    def as_dict(self) -> dict:
        return {
            "window_comments": self.window_comments,
            "window_flagged": self.window_flagged,
            "baseline_mean": round(self.baseline_mean, 3),
            "baseline_std": round(self.baseline_std, 3),
            "baseline_rate": round(self.baseline_rate, 4),
            "volume_threshold": round(self.volume_threshold, 2),
            "rate_threshold": round(self.rate_threshold, 4) if self.rate_threshold else None,
            "volume_spike": self.volume_spike,
            "rate_spike": self.rate_spike,
        }


def spike_measures(*, now: datetime | None = None) -> list[SpikeMeasure]:
    """Measure every listed page (one grouped query over the baseline period)."""
    now = now or timezone.now()
    days = _setting("INCIDENTS_SPIKE_BASELINE_DAYS", 14)
    k = float(_setting("INCIDENTS_SPIKE_K", 3.0))
    window_start = now - timedelta(hours=1)
    baseline_start = window_start - timedelta(days=days)
    hours = days * 24
    page_ids = list(
        OfficialPage.objects.filter(status__in=REGISTRY_STATUSES).values_list("pk", flat=True)
    )
    flagged = Exists(Flag.objects.filter(comment_id=OuterRef("pk")))
    # Baseline: hourly counts per page over [baseline_start, window_start).
    rows = (
        Comment.objects.filter(
            page_id__in=page_ids, created_time__gte=baseline_start, created_time__lt=window_start
        )
        .annotate(flagged=flagged, hour=TruncHour("created_time"))
        .values("page_id", "hour")
        .annotate(n=Count("id"), f=Count("id", filter=Q(flagged=True)))
        .order_by()
    )
    per_page: dict[int, dict] = {pid: {"hours": [], "wn": 0, "wf": 0} for pid in page_ids}
    for row in rows:
        per_page[row["page_id"]]["hours"].append((row["n"], row["f"]))
    # The window rarely aligns with clock hours: count it exactly with one more query.
    window = (
        Comment.objects.filter(
            page_id__in=page_ids, created_time__gte=window_start, created_time__lt=now
        )
        .annotate(flagged=flagged)
        .values("page_id")
        .annotate(n=Count("id"), f=Count("id", filter=Q(flagged=True)))
        .order_by()
    )
    for row in window:
        per_page[row["page_id"]]["wn"] = row["n"]
        per_page[row["page_id"]]["wf"] = row["f"]
    measures = []
    for page_id, bucket in per_page.items():
        counts = []
        total_n = total_f = 0
        for n, f in bucket["hours"]:
            counts.append(n)
            total_n += n
            total_f += f
        counts += [0] * max(hours - len(counts), 0)
        mean = sum(counts) / len(counts)
        std = math.sqrt(sum((c - mean) ** 2 for c in counts) / len(counts))
        p = total_f / total_n if total_n and total_f else 1 / (total_n + 1)
        wn = bucket["wn"]
        rate_threshold = None
        if wn:
            rate_threshold = max(2 * p, p + k * math.sqrt(p * (1 - p) / wn))
        measures.append(
            SpikeMeasure(
                page_id=page_id,
                window_comments=wn,
                window_flagged=bucket["wf"],
                baseline_mean=mean,
                baseline_std=std,
                baseline_rate=p,
                volume_threshold=mean + k * std,
                rate_threshold=rate_threshold,
            )
        )
    return measures


def spikes_detect(*, now: datetime | None = None) -> list[Incident]:
    """Open a suspected incident for each page with a spike now (periodic task, system).

    Pages with an unresolved spike incident are skipped (once, not on every run). Returns
    the incidents opened.
    """
    from .services import incident_open_suspected_spike

    now = now or timezone.now()
    busy = set(
        Incident.objects.filter(
            source=IncidentSource.SPIKE, status__in=UNRESOLVED_STATUSES
        ).values_list("page_id", flat=True)
    )
    opened = []
    for measure in spike_measures(now=now):
        if not measure.is_spike or measure.page_id in busy:
            continue
        page = OfficialPage.objects.select_related("department").get(pk=measure.page_id)
        parts = []
        if measure.volume_spike:
            parts.append(
                _("%(n)d comments in the last hour (usual: %(mean).1f ± %(std).1f per hour)")
                % {
                    "n": measure.window_comments,
                    "mean": measure.baseline_mean,
                    "std": measure.baseline_std,
                }
            )
        if measure.rate_spike:
            parts.append(
                _("%(f)d of %(n)d comments flagged in the last hour (usual rate %(rate).1f%%)")
                % {
                    "f": measure.window_flagged,
                    "n": measure.window_comments,
                    "rate": measure.baseline_rate * 100,
                }
            )
        summary = "; ".join(parts)
        detection = {**measure.as_dict(), "summary": summary, "measured_at": now.isoformat()}
        comment_ids = list(
            Comment.objects.filter(
                page_id=page.pk, created_time__gte=now - timedelta(hours=1), created_time__lt=now
            )
            .order_by("-created_time")
            .values_list("pk", flat=True)[:200]
        )
        incident = incident_open_suspected_spike(
            page=page,
            title=_("Possible flaming on %(page)s") % {"page": page.name},
            detection=detection,
            comment_ids=comment_ids,
        )
        if incident is not None:
            opened.append(incident)
    return opened
