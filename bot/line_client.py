"""The Messaging API as this service uses it: reply, push with a retry key, loading animation.

Every call goes through the official SDK; `LINE_API_BASE_URL` points it at LINE, at the
simulator, or at the fake Messaging API of the tests.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import urllib3
from linebot.v3.messaging import (
    ApiClient,
    ApiException,
    Configuration,
    MessagingApi,
    Message,
    PushMessageRequest,
    ReplyMessageRequest,
    ShowLoadingAnimationRequest,
)

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


class LineClient:
    def __init__(self, base_url: str, access_token: str, timeout: float = 5.0):
        config = Configuration(host=base_url.rstrip("/"), access_token=access_token)
        config.retries = False  # retries are ours: counted, backed off and recorded
        self._api = MessagingApi(ApiClient(config))
        self._timeout = timeout

    def reply(self, reply_token: str, messages: list[dict]) -> CallResult:
        request = ReplyMessageRequest(reply_token=reply_token, messages=[Message.from_dict(m) for m in messages])
        return self._call("reply", lambda: self._api.reply_message(request, _request_timeout=self._timeout))

    def push(self, to: str, messages: list[dict], retry_key: str) -> CallResult:
        request = PushMessageRequest(to=to, messages=[Message.from_dict(m) for m in messages])
        result = self._call(
            "push",
            lambda: self._api.push_message(request, x_line_retry_key=retry_key, _request_timeout=self._timeout),
        )
        if result.status == 409:
            # The same retry key was accepted before: the message is already delivered.
            return CallResult(True, 409)
        return result

    def show_loading(self, user_id: str, seconds: int = 20) -> CallResult:
        request = ShowLoadingAnimationRequest(chat_id=user_id, loading_seconds=seconds)
        return self._call("loading", lambda: self._api.show_loading_animation(request, _request_timeout=2.0))

    def _call(self, endpoint: str, send) -> CallResult:
        try:
            send()
        except ApiException as exc:
            LINE_API_CALLS.labels(endpoint, str(exc.status)).inc()
            return CallResult(False, exc.status, f"HTTP {exc.status} {exc.reason}")
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            LINE_API_CALLS.labels(endpoint, "no_answer").inc()
            return CallResult(False, None, f"{type(exc).__name__}")
        LINE_API_CALLS.labels(endpoint, "200").inc()
        return CallResult(True, 200)
