"""Django admin for policies and training: read-only; the portal's forms write through services."""

from django.contrib import admin

from .models import ActivityPolicy, OperatingPolicy, OperatingPolicyClause, TrainingSession


class _ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ClauseInline(admin.TabularInline):
    model = OperatingPolicyClause
    extra = 0
    can_delete = False
    readonly_fields = ("position", "code", "text_ja", "response_ja")
    fields = readonly_fields


@admin.register(OperatingPolicy)
class OperatingPolicyAdmin(_ReadOnly):
    list_display = ("version", "title_ja", "adopted_on", "published_at")
    inlines = [ClauseInline]


@admin.register(ActivityPolicy)
class ActivityPolicyAdmin(_ReadOnly):
    list_display = ("page", "version", "status", "submitted_by", "decided_by")
    list_filter = ("status",)


@admin.register(TrainingSession)
class TrainingSessionAdmin(_ReadOnly):
    list_display = ("held_on", "title", "location")
