"""The composition root: builds the worker and its collaborators from settings, once per process."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import time, timedelta
from time import monotonic

from linebot.v3 import WebhookParser
from sqlalchemy.orm import Session

from bot.conversation.directory import Directory
from bot.conversation.engine import Conversation, Deps
from bot.conversation.messages import PostbackCodec
from bot.events import EventProcessor
from bot.line_client import LineClient
from bot.loading import LoadingAnimation
from bot.outbox import Deliverer
from bot.worker import Worker
from core.context import AppContext
from core.db import make_engine, make_read_session_factory, make_session_factory, transaction, utcnow
from core.hours import BusinessHours
from core.notify import Listener
from core.settings import ConfigurationError, Settings
from knowledge import service as knowledge_service
from knowledge.retrieval import IndexCache
from nlp.triage import Triage, Triager
from routing.service import RouterCache
from workspace.cases.flows import CaseNotifications
from workspace.cases.scheduled import reminder_job
from workspace.notifications.service import email_job
from workspace.privacy.scheduled import CHECK_EVERY_SECONDS, retention_job
from workspace.stats import service as stats_service
from workspace.stats.lookups import record_lookup


def build_context(settings: Settings) -> AppContext:
    if not settings.secret_key:
        # get_settings() fills it in (or refuses to start); a hand-made Settings must bring one.
        raise ConfigurationError(["SECRET_KEY is empty"])
    engine = make_engine(settings.database_url)
    return AppContext(
        settings=settings,
        engine=engine,
        session_factory=make_session_factory(engine),
        read_session_factory=make_read_session_factory(engine),
        line_parser=WebhookParser(settings.effective_channel_secret),
        line_parser_previous=(
            WebhookParser(settings.line_channel_secret_previous) if settings.line_channel_secret_previous else None
        ),
    )


def business_hours(settings: Settings) -> BusinessHours:
    return BusinessHours(time.fromisoformat(settings.business_opens), time.fromisoformat(settings.business_closes))


class LazyTriage:
    """Triage whose models are loaded on its first call (once, under a lock), not at start-up.

    A web process that only stores events never triages (the admin console's preview may): it
    need not hold the models (about 80 MB) for nothing.
    """

    def __init__(self, routers: RouterCache):
        self._routers = routers
        self._lock = threading.Lock()
        self._triage: Callable[[str], Triage] | None = None

    def __call__(self, text: str) -> Triage:
        triage = self._triage
        if triage is None:
            with self._lock:
                if self._triage is None:
                    self._triage = Triager.load(self._routers).triage
                triage = self._triage
        return triage(text)


def conversation_deps(
    settings: Settings, read_session_factory, faq_index: IndexCache | None = None, *, lazy_triage: bool = False
) -> Deps:
    """What the conversation needs from the other domains, built once per process.

    `lazy_triage`: load the triage models on first use (a web process whose worker is off).
    """
    routers = RouterCache(read_session_factory)
    faq_index = faq_index or IndexCache(read_session_factory, threshold=settings.faq_threshold)
    triage = LazyTriage(routers) if lazy_triage else Triager.load(routers).triage

    def record_feedback(session: Session, entry_id: int | None, helpful: bool, voter: str) -> None:
        if entry_id is not None:
            knowledge_service.record_feedback(session, entry_id, helpful, voter=voter, salt=settings.secret_key)

    return Deps(
        codec=PostbackCodec(settings.secret_key),
        triage=triage,
        router=routers,
        faq=faq_index,
        record_faq_feedback=record_feedback,
        record_inquiry=stats_service.record_from_state,
        record_safety=stats_service.record_safety,
        record_lookup=record_lookup,
        case_events=CaseNotifications(settings.public_base_url),
        directory=Directory(),
        hours=business_hours(settings),
        idle=timedelta(minutes=settings.conversation_idle_minutes),
    )


log = logging.getLogger(__name__)

# Messages that take triage, the FAQ and the router down their usual paths (a katakana one too:
# triage then also reads its hiragana reading).
WARM_UP_TEXTS = (
    "稲毛区小仲台2丁目に住む母が最近物忘れがひどくて心配です",
    "介護保険の申請はどうすればいいですか",
    "チチガタオレタ",
)


@dataclass
class Runtime:
    ctx: AppContext
    client: LineClient
    deliverer: Deliverer
    conversation: Conversation
    worker: Worker
    faq_cache: IndexCache  # the bot's FAQ index (the admin console's preview reads it, an edit refreshes it)
    # Set by the web app once its in-process worker is warm and taking events (at once when it has
    # none: nothing to build); `/readyz` answers 503 until then.
    warm: threading.Event = field(default_factory=threading.Event)

    @property
    def deps(self) -> Deps:
        return self.conversation.deps

    def warm_up(self, stop: threading.Event | None = None) -> None:
        """Build, before any work is taken, what a turn would otherwise build on first use.

        The router and the FAQ index take seconds of CPU to build from the database, and triage
        loads the Sudachi dictionary, the word vectors and compiles its patterns on its first
        message: done lazily, that cost falls on the first residents (and every thread that
        needs the value meanwhile waits for it). Built here, once per process and shared by all
        threads, it is also in place before `gc.freeze()`, so the collector never walks it again.

        `stop`: the process is shutting down; what is left is not built.
        """
        deps = self.deps
        started = monotonic()
        try:
            for sample in WARM_UP_TEXTS:
                if stop is not None and stop.is_set():
                    return
                triage = deps.triage(sample)
                deps.faq.best(sample, triage.topics)
                deps.router.resolve(sample)
            log.info("warmed up", extra={"seconds": round(monotonic() - started, 2)})
        except Exception:
            # The database may be away at start: the first turns build what is missing, as before.
            log.warning("warm-up incomplete; the first turns build what is missing", exc_info=True)


def build_runtime(ctx: AppContext, *, lazy_triage: bool = False) -> Runtime:
    settings = ctx.settings
    factory = ctx.session_factory
    client = LineClient(
        settings.effective_line_api_base_url, settings.effective_access_token, settings.line_api_timeout_seconds
    )
    deliverer = Deliverer(
        factory,
        client,
        reply_budget=settings.reply_token_budget_seconds,
        max_attempts=settings.line_api_max_attempts,
        lease=settings.delivery_lease_seconds,
    )
    faq_cache = IndexCache(ctx.read_session_factory, threshold=settings.faq_threshold)
    conversation = Conversation(
        conversation_deps(settings, ctx.read_session_factory, faq_cache, lazy_triage=lazy_triage)
    )
    processor = EventProcessor(
        conversation, LoadingAnimation(client.show_loading, after=settings.loading_animation_after_seconds)
    )

    def expire_idle() -> None:
        from bot import outbox

        with transaction(factory) as session:
            for user_id, messages in conversation.expire_idle(session, utcnow()):
                outbox.enqueue(session, user_id, messages)

    worker = Worker(
        factory,
        processor,
        deliverer,
        wake=ctx.wake,
        listener=None if settings.is_sqlite else Listener(settings.database_url, ctx.wake),
        poll_seconds=settings.worker_poll_seconds,
        on_parked=processor.apologise,
        periodic=[
            (30.0, expire_idle),
            (
                settings.reminder_poll_seconds,
                reminder_job(factory, business_hours(settings), base_url=settings.public_base_url),
            ),
            (settings.email_poll_seconds, email_job(factory, settings)),
            (CHECK_EVERY_SECONDS, retention_job(factory, settings)),
        ],
    )
    return Runtime(ctx, client, deliverer, conversation, worker, faq_cache)
