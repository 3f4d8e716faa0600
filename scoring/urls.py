from django.urls import path

from . import views

app_name = "scoring"

urlpatterns = [
    path("scoring/models/", views.ScorerModelListView.as_view(), name="model_list"),
    path("scoring/models/train/", views.ScorerTrainView.as_view(), name="train"),
    path(
        "scoring/models/<int:version>/", views.ScorerModelDetailView.as_view(), name="model_detail"
    ),
    path(
        "scoring/models/<int:version>/threshold/",
        views.ScorerThresholdView.as_view(),
        name="model_threshold",
    ),
    path(
        "scoring/models/<int:version>/<slug:action>/",
        views.ScorerModelTransitionView.as_view(),
        name="model_transition",
    ),
]
