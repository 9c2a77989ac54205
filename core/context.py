"""What a process needs to serve requests and process events, built once and passed in."""

from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import Request
from linebot.v3 import WebhookParser
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from core.notify import Doorbell
from core.settings import Settings


@dataclass
class AppContext:
    settings: Settings
    engine: Engine
    session_factory: sessionmaker[Session]
    read_session_factory: sessionmaker[Session]
    line_parser: WebhookParser
    # Set only while a rotated-out channel secret is still accepted (LINE_CHANNEL_SECRET_PREVIOUS).
    line_parser_previous: WebhookParser | None = None
    wake: Doorbell = field(default_factory=Doorbell)

    def wake_worker(self) -> None:
        """Wake this process's worker for work it just committed (a no-op while notifications do it)."""
        self.wake.ring_locally()


def get_context(request: Request) -> AppContext:
    ctx: AppContext = request.app.state.ctx
    return ctx


async def get_context_async(request: Request) -> AppContext:
    """get_context for async routes: FastAPI would run the plain function in a worker thread."""
    ctx: AppContext = request.app.state.ctx
    return ctx
