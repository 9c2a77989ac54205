"""The admin console's routes are in the authorization matrix (tests/workspace/test_authorization.py)."""

from __future__ import annotations

from tests.workspace.test_authorization import workspace_routes

ADMIN_ROUTES = {
    "admin_home",
    "admin_faq",
    "admin_faq_preview",
    "admin_faq_new",
    "admin_faq_create",
    "admin_faq_export_csv",
    "admin_faq_export_yaml",
    "admin_faq_import_form",
    "admin_faq_import",
    "admin_faq_edit",
    "admin_faq_update",
    "admin_faq_active",
    "admin_faq_history",
    "admin_faq_revert",
    "admin_directory",
    "admin_destination",
    "admin_destination_update",
    "admin_town_reassign",
    "admin_staff",
    "admin_staff_create",
    "admin_staff_account",
    "admin_staff_update",
    "admin_staff_active",
    "admin_staff_password_reset",
    "admin_privacy",
    "admin_privacy_retention",
    "admin_privacy_deletion",
    "admin_privacy_export",
}


def test_every_admin_route_is_for_admins_except_statistics_and_the_stylesheet(app_server):
    routes = [r for r in workspace_routes(app_server.settings) if r.path.startswith("/admin")]
    policies = {r.name: r.policy for r in routes}
    assert ADMIN_ROUTES <= set(policies)
    assert {name: p for name, p in policies.items() if p != "admin"} == {
        "stats": "stats",
        "stats_export": "stats",
        "admin_css": "public",
    }
    assert all(r.csrf for r in routes if r.method == "POST")
