"""Read-only admin for rules and the review records: every change goes through
moderation.services (validation, revisions, audit entries), which the portal's screens call."""

from django.contrib import admin

from .models import (
    AuditEntry,
    CrisisModeChange,
    Decision,
    Flag,
    ModerationAction,
    Rule,
    RuleRevision,
)


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Rule)
class RuleAdmin(ReadOnlyAdmin):
    list_display = ("slug", "name", "clause", "kind", "severity", "action", "enabled", "version")
    list_filter = ("clause", "kind", "enabled")
    search_fields = ("slug", "name")


@admin.register(RuleRevision)
class RuleRevisionAdmin(ReadOnlyAdmin):
    list_display = ("rule", "version", "change", "actor", "created_at")


@admin.register(Flag)
class FlagAdmin(ReadOnlyAdmin):
    list_display = ("comment", "rule", "rule_version", "clause", "severity", "created_at")
    list_filter = ("clause", "severity")


@admin.register(Decision)
class DecisionAdmin(ReadOnlyAdmin):
    list_display = ("comment", "action", "clause", "actor", "created_at")
    list_filter = ("action", "clause")


@admin.register(ModerationAction)
class ModerationActionAdmin(ReadOnlyAdmin):
    list_display = ("comment", "kind", "status", "attempts", "created_at", "done_at")
    list_filter = ("status", "kind")


@admin.register(CrisisModeChange)
class CrisisModeChangeAdmin(ReadOnlyAdmin):
    list_display = ("page", "enabled", "actor", "created_at")


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    """The audit log: nobody adds, edits or deletes an entry, not even a superuser."""

    list_display = ("created_at", "event", "actor", "page", "comment")
    list_filter = ("event",)
