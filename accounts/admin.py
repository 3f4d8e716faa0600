"""Django admin for people and departments. Writes go through the services so that groups
and object permissions always follow the role history."""

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from ishinomaki_sns.common.errors import DomainError

from . import services
from .models import Department, Division, RoleAssignment, User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    fieldsets = (*DjangoUserAdmin.fieldsets, (_("Portal"), {"fields": ("display_name",)}))
    list_display = ("username", "display_name", "email", "is_active", "last_login")
    search_fields = ("username", "display_name", "email", "first_name", "last_name")


@admin.register(Division)
class DivisionAdmin(admin.ModelAdmin):
    list_display = ("code", "name_ja", "name_en", "sort_order")
    search_fields = ("code", "name_ja", "name_en")


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ("code", "name_ja", "name_en", "division", "email")
    list_filter = ("division",)
    search_fields = ("code", "name_ja", "name_en")

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            return
        created = services.department_create(
            division=obj.division,
            code=obj.code,
            name_ja=obj.name_ja,
            name_en=obj.name_en,
            email=obj.email,
        )
        obj.pk = created.pk


@admin.register(RoleAssignment)
class RoleAssignmentAdmin(admin.ModelAdmin):
    list_display = ("user", "role", "department", "granted_at", "granted_by", "revoked_at")
    list_filter = ("role", "department", ("revoked_at", admin.EmptyFieldListFilter))
    search_fields = ("user__username", "user__display_name")
    readonly_fields = ("granted_at", "granted_by", "revoked_at", "revoked_by")
    actions = ["revoke"]

    def has_change_permission(self, request, obj=None):
        return False  # a role is granted or revoked, never edited in place

    def has_delete_permission(self, request, obj=None):
        return False  # the history is kept for access reviews

    def save_model(self, request, obj, form, change):
        try:
            created = services.role_grant(
                actor=request.user, user=obj.user, role=obj.role, department=obj.department
            )
        except DomainError as exc:
            self.message_user(request, exc.message, messages.ERROR)
            return
        obj.pk = created.pk

    @admin.action(description=_("Revoke the selected roles"))
    def revoke(self, request, queryset):
        for assignment in queryset:
            services.role_revoke(actor=request.user, assignment_id=assignment.pk)
        self.message_user(request, _("Roles revoked."), messages.SUCCESS)
