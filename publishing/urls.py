from django.urls import path

from . import views

app_name = "publishing"

urlpatterns = [
    path("posts/", views.PostListView.as_view(), name="list"),
    path("posts/calendar/", views.CalendarView.as_view(), name="calendar"),
    path("posts/disaster/", views.DisasterModeView.as_view(), name="disaster"),
    path("pages/<int:page_id>/posts/new/", views.PostCreateView.as_view(), name="create"),
    path("posts/<int:post_id>/", views.PostDetailView.as_view(), name="detail"),
    path("posts/<int:post_id>/edit/", views.PostEditView.as_view(), name="edit"),
    path(
        "posts/<int:post_id>/acknowledge/", views.PostAcknowledgeView.as_view(), name="acknowledge"
    ),
    path("posts/<int:post_id>/correct/", views.PostCorrectionView.as_view(), name="correct"),
    path("posts/<int:post_id>/<slug:action>/", views.PostActionView.as_view(), name="action"),
    path("posts/images/<int:image_id>/", views.PostImageView.as_view(), name="image"),
    path(
        "posts/corrections/<int:correction_id>/decide/",
        views.CorrectionDecideView.as_view(),
        name="correction_decide",
    ),
]
