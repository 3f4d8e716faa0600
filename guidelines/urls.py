from django.urls import path

from . import views

app_name = "guidelines"

urlpatterns = [
    path(
        "pages/<int:page_id>/policies/", views.ActivityPolicyListView.as_view(), name="policy_list"
    ),
    path(
        "pages/<int:page_id>/policies/revise/",
        views.ActivityPolicyReviseView.as_view(),
        name="policy_revise",
    ),
    path(
        "pages/<int:page_id>/policies/compare/",
        views.ActivityPolicyCompareView.as_view(),
        name="policy_compare",
    ),
    path(
        "pages/<int:page_id>/policies/v<int:version>/",
        views.ActivityPolicyDetailView.as_view(),
        name="policy_detail",
    ),
    path(
        "pages/<int:page_id>/policies/v<int:version>/<slug:action>/",
        views.ActivityPolicyActionView.as_view(),
        name="policy_action",
    ),
    path("training/", views.TrainingListView.as_view(), name="training_list"),
    path("training/new/", views.TrainingCreateView.as_view(), name="training_create"),
    path("training/<int:session_id>/", views.TrainingDetailView.as_view(), name="training_detail"),
    path("policy/", views.OperatingPolicyPublicView.as_view(), name="policy_public"),
    path(
        "policy/<int:version>/",
        views.OperatingPolicyPublicView.as_view(),
        name="policy_public_version",
    ),
    path(
        "guidelines/operating-policy/",
        views.OperatingPolicyVersionsView.as_view(),
        name="operating_policy_versions",
    ),
    path(
        "guidelines/operating-policy/<int:version>/edit/",
        views.OperatingPolicyEditView.as_view(),
        name="operating_policy_edit",
    ),
]
