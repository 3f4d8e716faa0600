"""Django admin for official pages: read-only (writes go through the lifecycle services);
the token is never shown."""

from django.contrib import admin

from .models import OfficialPage, PageEvent, PageRequest


class _ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class PageEventInline(admin.TabularInline):
    model = PageEvent
    extra = 0
    can_delete = False
    fields = ("created_at", "actor", "action", "from_status", "to_status", "comment")
    readonly_fields = fields


@admin.register(OfficialPage)
class OfficialPageAdmin(_ReadOnly):
    list_display = (
        "name",
        "department",
        "status",
        "connection_state",
        "opened_on",
        "next_review_on",
    )
    list_filter = ("status", "connection_state", "department")
    search_fields = ("name", "facebook_page_id", "facebook_username")
    exclude = ("access_token",)
    inlines = [PageEventInline]


@admin.register(PageRequest)
class PageRequestAdmin(_ReadOnly):
    list_display = ("page", "kind", "status", "submitted_by", "submitted_at", "decided_by")
    list_filter = ("kind", "status")
