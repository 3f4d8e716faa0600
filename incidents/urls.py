from django.urls import path

from . import views

app_name = "incidents"

urlpatterns = [
    path("incidents/", views.IncidentListView.as_view(), name="list"),
    path("incidents/new/", views.IncidentCreateView.as_view(), name="create"),
    path(
        "incidents/impersonation/new/",
        views.ImpersonationReportCreateView.as_view(),
        name="impersonation_create",
    ),
    path("incidents/<int:incident_id>/", views.IncidentDetailView.as_view(), name="detail"),
    path(
        "incidents/<int:incident_id>/action/<slug:action>/",
        views.IncidentActionView.as_view(),
        name="action",
    ),
    path("incidents/<int:incident_id>/assign/", views.IncidentAssignView.as_view(), name="assign"),
    path("incidents/<int:incident_id>/note/", views.IncidentNoteView.as_view(), name="note"),
]
