"""Schemathesis against the app's own OpenAPI for the JSON API (/api/cases…), with the bearer token:
never a 5xx, the declared content type, every 200 exactly as the schema says, and every answer
(401, 404, 422 included) as declared; without the token, nothing but 401. Ids beyond the
database's integer range are refused with 422 (they were a 500 before the schema bounded them)."""

from __future__ import annotations

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from core.db import transaction

FUZZ = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@pytest.fixture
def api(app_server, session_factory):
    from cases import service as cases

    with transaction(session_factory) as session:
        for destination in ("benten", "konakadai"):
            cases.create(session, destination_id=destination, line_user_id="Uapi", topics=["dementia"])
    # The app's own schema (not served: API_DOCS is off, as in production).
    schema = schemathesis.openapi.from_dict(app_server.app.openapi())
    operations = [result.ok() for result in schema.get_all_operations()]
    api_operations = [op for op in operations if op.path.startswith("/api/")]
    assert {(op.method.upper(), op.path) for op in api_operations} >= {
        ("GET", "/api/cases"),
        ("GET", "/api/cases/{case_id}"),
    }
    return app_server, api_operations


def test_the_json_api_conforms_to_its_schema_and_never_fails(api):
    server, operations = api
    token = {"Authorization": f"Bearer {server.settings.intake_api_token}"}
    for operation in operations:

        @FUZZ
        @given(case=operation.as_strategy())
        def check(case):
            response = case.call(base_url=server.url, headers=token)
            assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.status_code}"
            checks = [not_a_server_error, content_type_conformance]
            if response.status_code == 200:
                checks.append(response_schema_conformance)
            case.validate_response(response, checks=checks, headers=token)

        check()


def test_without_the_token_every_operation_answers_401(api):
    server, operations = api
    for operation in operations:

        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case):
            case.headers = {k: v for k, v in (case.headers or {}).items() if k.lower() != "authorization"}
            response = case.call(base_url=server.url)
            assert response.status_code in (401, 422), f"{case.method} {case.formatted_path}: {response.status_code}"

        check()


def test_the_json_api_fully_conforms_to_its_schema(api):
    server, operations = api
    token = {"Authorization": f"Bearer {server.settings.intake_api_token}"}
    for operation in operations:

        @FUZZ
        @given(case=operation.as_strategy())
        def check(case):
            case.call_and_validate(base_url=server.url, headers=token)

        check()


@pytest.mark.parametrize(
    "path",
    [
        "/api/cases?after_id=99999999999999999999",
        "/api/cases?after_id=2147483648",
        "/api/cases?after_id=-1",
        "/api/cases/99999999999999999999",
        "/api/cases/3000000000",
        "/api/cases/2147483648",
        "/api/cases/0",
    ],
)
def test_ids_beyond_the_database_range_are_refused_not_a_500(app_server, path):
    token = {"Authorization": f"Bearer {app_server.settings.intake_api_token}"}
    response = httpx.get(app_server.url + path, headers=token, timeout=15)
    assert response.status_code == 422, response.text
    assert isinstance(response.json()["detail"], list)  # FastAPI's HTTPValidationError, as declared


@pytest.mark.parametrize(
    "path, expected",
    [
        ("/api/cases?after_id=2147483647", 200),
        ("/api/cases/2147483647", 404),
        ("/api/cases?since=2026-04-01T00:00:00%2B09:00&status=new&destination=benten", 200),
        ("/api/cases?since=9999-12-31T23:59:59Z", 200),
        ("/api/cases?since=9999-12-31T23:59:59-23:59", 200),
        ("/api/cases?since=0001-01-01T00:00:00%2B14:00", 200),
    ],
)
def test_the_largest_id_and_any_real_filter_are_still_accepted(app_server, path, expected):
    token = {"Authorization": f"Bearer {app_server.settings.intake_api_token}"}
    response = httpx.get(app_server.url + path, headers=token, timeout=15)
    assert response.status_code == expected, response.text


@pytest.mark.parametrize(
    "query",
    [
        "status=open",
        "since=2026-04-01T00:00:00",
        "destination=benten%00",
    ],
)
def test_a_status_time_or_destination_the_api_cannot_use_is_a_declared_422(app_server, query):
    """Unknown status, a time without offset, NUL (PostgreSQL refuses it: was a 500)."""
    token = {"Authorization": f"Bearer {app_server.settings.intake_api_token}"}
    response = httpx.get(f"{app_server.url}/api/cases?{query}", headers=token, timeout=15)
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], list)
