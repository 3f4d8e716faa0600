"""Insights pulled from Facebook: daily rows per page and per post, and each pull's outcome.

Rows are keyed by (page, date, metric) and (post, date, metric): the daily pull is an
upsert, so running it twice (or a retry) changes nothing. Metrics are names, not columns,
because Facebook removes and renames them (page_impressions went on 2025-11-15): a metric
Facebook rejects is skipped and recorded on the pull (`invalid_metrics`), never fatal.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageDailyMetric(models.Model):
    """One metric of one page on one day (Asia/Tokyo date of Facebook's `end_time`)."""

    page = models.ForeignKey(
        "pages.OfficialPage",
        on_delete=models.CASCADE,
        related_name="daily_metrics",
        verbose_name=_("page"),
    )
    date = models.DateField(_("date"))
    metric = models.CharField(_("metric"), max_length=80)
    value = models.BigIntegerField(_("value"))

    class Meta:
        ordering = ["page", "date", "metric"]
        verbose_name = _("page daily metric")
        verbose_name_plural = _("page daily metrics")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "date", "metric"], name="pagedailymetric_unique"
            )
        ]
        indexes = [models.Index(fields=["metric", "date"], name="pagedailymetric_metric_date")]

    def __str__(self) -> str:
        return f"{self.page_id} {self.date} {self.metric}={self.value}"


class PostDailyMetric(models.Model):
    """A post's lifetime value of a metric as read on `date` (media views, reactions,
    comments)."""

    post = models.ForeignKey(
        "comments.Post",
        on_delete=models.CASCADE,
        related_name="daily_metrics",
        verbose_name=_("post"),
    )
    date = models.DateField(_("date"))
    metric = models.CharField(_("metric"), max_length=80)
    value = models.BigIntegerField(_("value"))

    class Meta:
        ordering = ["post", "date", "metric"]
        verbose_name = _("post daily metric")
        verbose_name_plural = _("post daily metrics")
        constraints = [
            models.UniqueConstraint(
                fields=["post", "date", "metric"], name="postdailymetric_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.post_id} {self.date} {self.metric}={self.value}"


class InsightsPull(models.Model):
    """One daily pull of one page: rows written, metrics Facebook rejected, any error."""

    page = models.ForeignKey(
        "pages.OfficialPage",
        on_delete=models.CASCADE,
        related_name="insights_pulls",
        verbose_name=_("page"),
    )
    started_at = models.DateTimeField(_("started"))
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    rows = models.PositiveIntegerField(_("rows written"), default=0)
    posts = models.PositiveIntegerField(_("posts read"), default=0)
    invalid_metrics = models.JSONField(_("metrics Facebook rejected"), default=list)
    error = models.CharField(_("error"), max_length=500, blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("insights pull")
        verbose_name_plural = _("insights pulls")
        permissions = [
            ("view_page_health", _("Can see the health dashboard of every page")),
            ("view_city_insights", _("Can see the city-wide charts and the review backlog")),
        ]
        indexes = [models.Index(fields=["page", "-started_at"], name="insightspull_page_started")]

    def __str__(self) -> str:
        return f"{self.page_id} {self.started_at:%Y-%m-%d %H:%M}"
