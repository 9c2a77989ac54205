"""/simulator: a LINE-like chat page for trying the bot without a LINE channel.

The page never talks to the bot directly: the server builds the event as LINE would, signs
it with the channel secret and posts it to the real webhook over HTTP; the bot's answers
arrive at the fake Messaging API mounted at /simulator/line-api, and the page shows them.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import httpx
from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field

from bot.simulator import line_events
from bot.simulator.fake_api import FakeLineState
from core.context import AppContext, get_context

router = APIRouter(prefix="/simulator", include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")

# Representative points of a few 町丁目 (towns.csv of the seed data), and one outside the city.
LOCATION_PRESETS = [
    ("稲毛区小仲台2丁目", 35.637111, 140.096136),
    ("美浜区高洲3丁目", 35.628206, 140.075668),
    ("中央区弁天2丁目", 35.615416, 140.116478),
    ("船橋市役所のあたり（市外）", 35.6946, 139.9827),
]


class SimulatedEvent(BaseModel):
    user_id: str = Field(pattern=r"^Usim[0-9a-f]{8,32}$")
    kind: str = Field(pattern=r"^(text|postback|location|follow|unfollow|sticker)$")
    text: str = Field(default="", max_length=10000)
    data: str = Field(default="", max_length=1000)
    latitude: float | None = None
    longitude: float | None = None


def get_fake_line(request: Request) -> FakeLineState:
    """The simulator's fake Messaging API state, put on the app by the composition root (app.web)."""
    return request.app.state.fake_line


@router.get("", response_class=HTMLResponse)
async def simulator_page(request: Request):
    return templates.TemplateResponse(request, "simulator.html", {"presets": LOCATION_PRESETS})


def build_event(item: SimulatedEvent, reply_token: str) -> dict:
    if item.kind == "text":
        return line_events.text_event(item.user_id, item.text, reply_token)
    if item.kind == "postback":
        return line_events.postback_event(item.user_id, item.data, reply_token)
    if item.kind == "location":
        if item.latitude is None or item.longitude is None:
            raise HTTPException(422, "latitude and longitude are required")
        return line_events.location_event(item.user_id, item.latitude, item.longitude, "", reply_token)
    if item.kind == "sticker":
        return line_events.sticker_event(item.user_id, reply_token)
    if item.kind == "follow":
        return line_events.follow_event(item.user_id, reply_token)
    return line_events.unfollow_event(item.user_id)


@router.post("/send")
async def send(
    item: SimulatedEvent, ctx: AppContext = Depends(get_context), fake: FakeLineState = Depends(get_fake_line)
):
    event = build_event(item, fake.issue_reply_token(item.user_id))
    body = line_events.body(event)
    signature = line_events.sign(ctx.settings.effective_channel_secret, body)
    async with httpx.AsyncClient(timeout=10) as client:
        response = await client.post(
            f"{ctx.settings.public_base_url.rstrip('/')}/line/webhook",
            content=body,
            headers={"X-Line-Signature": signature, "Content-Type": "application/json"},
        )
    return {"webhook_status": response.status_code}


@router.get("/messages")
async def messages(user_id: str, after: int = 0, fake: FakeLineState = Depends(get_fake_line)):
    items = [d for d in fake.messages_for(user_id) if d.seq > after]
    return {"items": [{"seq": d.seq, "method": d.method, "messages": d.messages} for d in items]}


@router.get("/richmenu")
async def rich_menu(fake: FakeLineState = Depends(get_fake_line)):
    """The rich menu the page shows under the chat: the one applied to the simulator's Messaging API
    (`intake line richmenu apply` while the simulator runs), else the project's own."""
    menu = fake.rich_menus.get(fake.default_rich_menu or "")
    if menu is None:
        from bot.richmenu.layout import menu_object

        menu = menu_object("simulator")
    return {"image": "/simulator/richmenu.png", **menu}


@router.get("/richmenu.png")
async def rich_menu_image(fake: FakeLineState = Depends(get_fake_line)):
    applied = fake.rich_menu_images.get(fake.default_rich_menu or "")
    if applied is not None:
        return Response(applied[1], media_type=applied[0])
    return Response(project_rich_menu_png(), media_type="image/png", headers={"Cache-Control": "max-age=300"})


@lru_cache(maxsize=1)
def project_rich_menu_png() -> bytes:
    from bot.richmenu.render import render_png

    return render_png()
