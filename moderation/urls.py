from django.urls import path, re_path

from . import (
    views,
    views_audit,
    views_bulk,
    views_crisis,
    views_notation,
    views_outbox,
    views_review,
)

app_name = "moderation"

urlpatterns = [
    path("moderation/", views_review.ReviewQueueView.as_view(), name="queue"),
    path("moderation/bulk/", views_bulk.ReviewBulkDecideView.as_view(), name="bulk_decide"),
    path("moderation/items/<int:comment_id>/", views_review.ReviewItemView.as_view(), name="item"),
    path(
        "moderation/items/<int:comment_id>/decide/",
        views_review.ReviewDecideView.as_view(),
        name="decide",
    ),
    path(
        "moderation/pages/<int:page_id>/crisis/",
        views_crisis.CrisisModeView.as_view(),
        name="crisis_mode",
    ),
    path("moderation/crisis/", views_crisis.CrisisIndexView.as_view(), name="crisis_index"),
    path(
        "moderation/reason-templates/",
        views_crisis.ReasonTemplateListView.as_view(),
        name="reason_templates",
    ),
    path(
        "moderation/reason-templates/<int:template_id>/",
        views_crisis.ReasonTemplateEditView.as_view(),
        name="reason_template_edit",
    ),
    path("moderation/outbox/", views_outbox.OutboxView.as_view(), name="outbox"),
    path(
        "moderation/outbox/<int:action_id>/retry/",
        views_outbox.OutboxRetryView.as_view(),
        name="outbox_retry",
    ),
    path("moderation/audit/", views_audit.AuditLogView.as_view(), name="audit"),
    re_path(
        r"^moderation/audit/export\.(?P<fmt>csv|jsonl)$",
        views_audit.AuditExportView.as_view(),
        name="audit_export",
    ),
    path("moderation/rules/", views.RuleListView.as_view(), name="rule_list"),
    path("moderation/rules/report/", views.RuleReportView.as_view(), name="rule_report"),
    path("moderation/rules/sandbox/", views.RuleSandboxView.as_view(), name="rule_sandbox"),
    # Before rules/<slug>/, which would take "notation" for a rule's identifier.
    path(
        "moderation/rules/notation/",
        views_notation.RuleNotationReadView.as_view(),
        name="rule_notation",
    ),
    path("moderation/rules/new/<str:kind>/", views.RuleCreateView.as_view(), name="rule_create"),
    path("moderation/rules/<slug:slug>/", views.RuleDetailView.as_view(), name="rule_detail"),
    path("moderation/rules/<slug:slug>/edit/", views.RuleUpdateView.as_view(), name="rule_update"),
    path(
        "moderation/rules/<slug:slug>/toggle/", views.RuleToggleView.as_view(), name="rule_toggle"
    ),
    path(
        "moderation/rules/<slug:slug>/close-stale/",
        views.RuleCloseStaleView.as_view(),
        name="rule_close_stale",
    ),
]
