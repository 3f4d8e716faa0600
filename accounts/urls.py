from django.contrib.auth import views as auth_views
from django.urls import path

from . import views, views_people, views_requests
from .forms import LoginForm

urlpatterns = [
    path(
        "login/",
        auth_views.LoginView.as_view(
            authentication_form=LoginForm, redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password_change/", views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "password_change/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("2fa/setup/", views.TwoFactorSetupView.as_view(), name="two_factor_setup"),
    path("2fa/verify/", views.TwoFactorVerifyView.as_view(), name="two_factor_verify"),
    path("2fa/disable/", views.TwoFactorDisableView.as_view(), name="two_factor_disable"),
    path("access-review/", views.AccessReviewView.as_view(), name="access_review"),
    path(
        "access-review/<int:assignment_id>/revoke/",
        views.RoleRevokeView.as_view(),
        name="role_revoke",
    ),
    path("people/", views_people.PersonListView.as_view(), name="people"),
    path("people/new/", views_people.PersonCreateView.as_view(), name="person_create"),
    path("people/<int:person_id>/", views_people.PersonDetailView.as_view(), name="person_detail"),
    path(
        "people/<int:person_id>/grant/", views_people.RoleGrantView.as_view(), name="person_grant"
    ),
    path("people/<int:person_id>/move/", views_people.PersonMoveView.as_view(), name="person_move"),
    path(
        "people/<int:person_id>/deactivate/",
        views_people.PersonDeactivateView.as_view(),
        name="person_deactivate",
    ),
    path(
        "people/<int:person_id>/invite/",
        views_people.PersonInviteView.as_view(),
        name="person_invite",
    ),
    path(
        "people/<int:person_id>/roles/<int:assignment_id>/end/",
        views_people.AssignmentEndView.as_view(),
        name="assignment_end",
    ),
    path(
        "welcome/<uidb64>/<token>/",
        views_people.AccountWelcomeView.as_view(),
        name="account_welcome",
    ),
    path(
        "operator-requests/",
        views_requests.OperatorChangeListView.as_view(),
        name="operator_requests",
    ),
    path(
        "operator-requests/new/<int:department_id>/",
        views_requests.OperatorChangeCreateView.as_view(),
        name="operator_request_create",
    ),
    path(
        "operator-requests/<int:request_id>/<slug:action>/",
        views_requests.OperatorChangeDecideView.as_view(),
        name="operator_request_decide",
    ),
]
