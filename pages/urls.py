from django.urls import path

from . import views, views_verify

app_name = "pages"

urlpatterns = [
    path("pages/", views.PageListView.as_view(), name="list"),
    path("pages/apply/", views.PageApplyView.as_view(), name="apply"),
    path(
        "pages/connect/callback/",
        views.PageConnectOAuthCallbackView.as_view(),
        name="connect_callback",
    ),
    path("pages/<int:page_id>/", views.PageDetailView.as_view(), name="detail"),
    path("pages/<int:page_id>/edit/", views.PageEditView.as_view(), name="edit"),
    path(
        "pages/<int:page_id>/action/<slug:action>/", views.PageActionView.as_view(), name="action"
    ),
    path("pages/<int:page_id>/connect/", views.PageConnectView.as_view(), name="connect"),
    path(
        "pages/<int:page_id>/connect/facebook/",
        views.PageConnectOAuthStartView.as_view(),
        name="connect_oauth",
    ),
    path(
        "pages/<int:page_id>/connect/choose/",
        views.PageConnectChooseView.as_view(),
        name="connect_choose",
    ),
    path(
        "pages/<int:page_id>/continue/",
        views.PageAnswerContinueView.as_view(),
        name="answer_continue",
    ),
    path(
        "pages/<int:page_id>/withdrawal/",
        views.PageCompleteWithdrawalView.as_view(),
        name="complete_withdrawal",
    ),
    path(
        "pages/<int:page_id>/webhooks/retry/",
        views.PageWebhooksRetryView.as_view(),
        name="webhooks_retry",
    ),
    path("registry/", views.RegistryView.as_view(), name="registry"),
    path("registry.json", views.RegistryJsonView.as_view(), name="registry_json"),
    path("registry/verify", views.RegistryVerifyView.as_view(), name="registry_verify"),
    path("registry/check/", views_verify.RegistryCheckView.as_view(), name="registry_check"),
]
