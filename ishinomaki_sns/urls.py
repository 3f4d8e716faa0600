from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.i18n import JavaScriptCatalog, set_language

from .views import HealthView, HomeView

admin.site.site_header = _("Ishinomaki City SNS portal administration")
admin.site.site_title = _("Ishinomaki SNS portal")
admin.site.index_title = _("Administration")

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("healthz", HealthView.as_view(), name="healthz"),
    path("accounts/", include("accounts.urls")),
    path("i18n/setlang/", set_language, name="set_language"),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("admin/", admin.site.urls),
    path("", include("pages.urls")),
    path("", include("guidelines.urls")),
    path("", include("comments.urls")),
    path("", include("moderation.urls")),
    path("", include("insights.urls")),
    path("", include("incidents.urls")),
    path("", include("publishing.urls")),
    path("", include("records.urls")),
    path("", include("scoring.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
