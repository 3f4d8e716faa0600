from django.urls import path

from . import views

app_name = "records"

urlpatterns = [
    path("records/disclosures/", views.DisclosureListView.as_view(), name="disclosure_list"),
    path(
        "records/disclosures/new/", views.DisclosureCreateView.as_view(), name="disclosure_create"
    ),
    path(
        "records/disclosures/<int:request_id>/",
        views.DisclosureDetailView.as_view(),
        name="disclosure_detail",
    ),
    path(
        "records/disclosures/<int:request_id>/release/",
        views.DisclosureReleaseView.as_view(),
        name="disclosure_release",
    ),
    path(
        "records/disclosures/<int:request_id>/download/",
        views.DisclosureDownloadView.as_view(),
        name="disclosure_download",
    ),
    path("records/retention/", views.RetentionView.as_view(), name="retention"),
    path(
        "records/retention/class/",
        views.RetentionClassSetView.as_view(),
        name="retention_class_set",
    ),
    path("records/retention/holds/", views.LegalHoldCreateView.as_view(), name="hold_create"),
    path(
        "records/retention/holds/<int:hold_id>/lift/",
        views.LegalHoldLiftView.as_view(),
        name="hold_lift",
    ),
    path("records/retention/report/", views.RetentionReportView.as_view(), name="retention_report"),
    path(
        "records/retention/runs/<int:run_id>/",
        views.RetentionRunView.as_view(),
        name="retention_run",
    ),
    path("records/report/", views.MonthlyReportView.as_view(), name="report"),
    path("records/report.csv", views.MonthlyReportCsvView.as_view(), name="report_csv"),
    path("records/target/", views.TargetSetView.as_view(), name="target_set"),
]
