"""Read-only admin for posts and their history: every change goes through
publishing.services (permissions, the transition table, the audit log)."""

from django.contrib import admin

from .models import DisasterModeChange, Post, PostCorrection, PostEvent


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Post)
class PostAdmin(ReadOnlyAdmin):
    list_display = ("page", "target_at", "status", "author", "approved_by", "facebook_post_id")
    list_filter = ("status",)
    exclude = ("findings", "acknowledged", "link_check")


@admin.register(PostEvent)
class PostEventAdmin(ReadOnlyAdmin):
    list_display = ("post", "created_at", "actor", "action", "from_status", "to_status")


@admin.register(PostCorrection)
class PostCorrectionAdmin(ReadOnlyAdmin):
    list_display = ("post", "kind", "status", "urgent", "requested_by", "decided_by")


@admin.register(DisasterModeChange)
class DisasterModeChangeAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "enabled", "actor", "reason")
