"""Read-only admin views of what was read from Facebook (public records: never edited here)."""

from django.contrib import admin

from .models import Comment, PageSyncState, Post, SyncRun, WebhookDelivery


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Post)
class PostAdmin(ReadOnlyAdmin):
    list_display = ("facebook_id", "page", "created_time", "updated_time")
    list_filter = ("page",)
    search_fields = ("facebook_id", "message")


@admin.register(Comment)
class CommentAdmin(ReadOnlyAdmin):
    list_display = ("facebook_id", "page", "author_name", "created_time", "is_hidden", "is_deleted")
    list_filter = ("page", "is_hidden", "is_deleted")
    search_fields = ("facebook_id", "message", "author_name")
    exclude = ("raw",)


@admin.register(PageSyncState)
class PageSyncStateAdmin(ReadOnlyAdmin):
    list_display = ("page", "status", "last_success_at", "paused_until", "consecutive_failures")


@admin.register(SyncRun)
class SyncRunAdmin(ReadOnlyAdmin):
    list_display = (
        "page",
        "kind",
        "started_at",
        "finished_at",
        "posts",
        "comments_new",
        "comments_updated",
        "comments_deleted",
        "calls",
        "error",
    )
    list_filter = ("kind", "page")


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ReadOnlyAdmin):
    list_display = ("pk", "received_at", "processed_at", "changes", "error")
