from django.urls import path

from . import views

app_name = "moderation"

urlpatterns = [
    path("moderation/rules/", views.RuleListView.as_view(), name="rule_list"),
    path("moderation/rules/sandbox/", views.RuleSandboxView.as_view(), name="rule_sandbox"),
    path("moderation/rules/new/<str:kind>/", views.RuleCreateView.as_view(), name="rule_create"),
    path("moderation/rules/<slug:slug>/", views.RuleDetailView.as_view(), name="rule_detail"),
    path("moderation/rules/<slug:slug>/edit/", views.RuleUpdateView.as_view(), name="rule_update"),
    path(
        "moderation/rules/<slug:slug>/toggle/", views.RuleToggleView.as_view(), name="rule_toggle"
    ),
]
