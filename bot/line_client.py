"""The Messaging API as this service uses it: reply, push with a retry key, loading animation.

Every call goes through the official SDK's `ApiClient` (authentication, the keep-alive
connection pool, timeouts, `ApiException` on an error status); `LINE_API_BASE_URL` points it at
LINE, at the simulator, or at the fake Messaging API of the tests. The messages are already the
JSON objects LINE takes, so they are sent as they are: `MessagingApi`'s typed methods would turn
each into pydantic models and back (about a millisecond of CPU per call, on every answer).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import urllib3
from linebot.v3.messaging import ApiClient, ApiException, Configuration

from core.metrics import LINE_API_CALLS

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CallResult:
    ok: bool
    status: int | None  # HTTP status, None when no answer arrived (timeout, dropped connection)
    error: str | None = None

    @property
    def transient(self) -> bool:
        """429, 5xx and no answer at all are worth retrying; other 4xx never are."""
        return not self.ok and (self.status is None or self.status == 429 or self.status >= 500)

    @property
    def maybe_accepted(self) -> bool:
        """The request reached LINE and we cannot tell whether it was acted on (no answer, or 5xx)."""
        if self.ok:
            return True
        if self.status is None:
            return self.error not in NOT_SENT_ERRORS
        return self.status >= 500


# Failures before a request left this machine: LINE cannot have acted on it.
NOT_SENT_ERRORS = ("NewConnectionError", "ConnectTimeoutError", "NameResolutionError")


class JsonApiClient(ApiClient):  # type: ignore[misc]
    """The SDK's client for bodies and headers that are JSON values already (dicts, lists, strings,
    numbers): its `sanitize_for_serialization` walks every value of them to turn pydantic models and
    dates into JSON, a Python call per value (a reply's quick-reply buttons make dozens), for nothing.
    """

    def sanitize_for_serialization(self, obj: object) -> object:
        return obj


class LineClient:
    def __init__(self, base_url: str, access_token: str, timeout: float = 5.0):
        config = Configuration(host=base_url.rstrip("/"), access_token=access_token)
        config.retries = False  # retries are ours: counted, backed off and recorded
        self._api = JsonApiClient(config)
        self._timeout = timeout

    def reply(self, reply_token: str, messages: list[dict]) -> CallResult:
        return self._call("reply", "/v2/bot/message/reply", {"replyToken": reply_token, "messages": messages})

    def push(self, to: str, messages: list[dict], retry_key: str) -> CallResult:
        result = self._call(
            "push", "/v2/bot/message/push", {"to": to, "messages": messages}, headers={"X-Line-Retry-Key": retry_key}
        )
        if result.status == 409:
            # The same retry key was accepted before: the message is already delivered.
            return CallResult(True, 409)
        return result

    def show_loading(self, user_id: str, seconds: int = 20) -> CallResult:
        return self._call(
            "loading", "/v2/bot/chat/loading/start", {"chatId": user_id, "loadingSeconds": seconds}, timeout=2.0
        )

    def _call(
        self, endpoint: str, path: str, body: dict, *, headers: dict | None = None, timeout: float | None = None
    ) -> CallResult:
        try:
            self._api.call_api(
                path,
                "POST",
                header_params={"Content-Type": "application/json", "Accept": "application/json", **(headers or {})},
                body=body,
                auth_settings=["Bearer"],
                response_types_map={},
                _request_timeout=timeout or self._timeout,
            )
        except ApiException as exc:
            LINE_API_CALLS.labels(endpoint, str(exc.status)).inc()
            return CallResult(False, exc.status, f"HTTP {exc.status} {exc.reason}")
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            LINE_API_CALLS.labels(endpoint, "no_answer").inc()
            return CallResult(False, None, f"{type(exc).__name__}")
        LINE_API_CALLS.labels(endpoint, "200").inc()
        return CallResult(True, 200)
