from django.urls import path, re_path

from . import views

app_name = "comments"

urlpatterns = [
    path("webhooks/facebook/", views.FacebookWebhookView.as_view(), name="webhook"),
    re_path(
        r"^pages/(?P<page_id>\d+)/comments/export\.(?P<fmt>csv|jsonl)$",
        views.CommentExportView.as_view(),
        name="export",
    ),
]
