from django.urls import path

from . import views

app_name = "insights"

urlpatterns = [
    path("health/", views.PageHealthView.as_view(), name="health"),
    path("insights/", views.CityInsightsView.as_view(), name="city"),
    path("insights/<slug:slug>.csv", views.CityChartCsvView.as_view(), name="city_csv"),
    path("insights/pages/<int:page_id>/", views.PageInsightsView.as_view(), name="page"),
    path(
        "insights/pages/<int:page_id>/<slug:slug>.csv",
        views.PageChartCsvView.as_view(),
        name="page_csv",
    ),
]
