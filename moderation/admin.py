"""Read-only admin for rules: every change goes through moderation.services (validation,
revisions, the rules version), which the portal's rule screens call."""

from django.contrib import admin

from .models import Rule, RuleRevision


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
