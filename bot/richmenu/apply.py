"""`intake line richmenu apply`: put the project's rich menu on the channel, idempotently.

Through the official SDK (line-bot-sdk v3): MessagingApi on the API host and MessagingApiBlob
on the api-data host, which LINE uses for content. The SDK's blob methods always address
https://api-data.line.me whatever the configured host; DataHostApiClient sends them to the
configured data host instead, so the simulator and the tests' fake Messaging API receive them.

The calls, in order (https://developers.line.biz/en/reference/messaging-api/#rich-menu):
  GET    /v2/bot/richmenu/list                      list the channel's rich menus
  GET    /v2/bot/user/all/richmenu                  the current default (404: none)
  GET    api-data /v2/bot/richmenu/{id}/content     only for a menu of the same name: has it its image?
  POST   /v2/bot/richmenu/validate                  LINE checks the object before anything changes
  POST   /v2/bot/richmenu                           create the menu        } only when no menu of
  POST   api-data /v2/bot/richmenu/{id}/content     upload its PNG         } this name has an image
  POST   /v2/bot/user/all/richmenu/{id}             make it the default (skipped when it is already)
  DELETE /v2/bot/richmenu/{id}                      each older menu of this project (name "anshin-intake …")
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from linebot.v3.messaging import ApiClient, ApiException, Configuration, MessagingApi, MessagingApiBlob, RichMenuRequest

from bot.richmenu import layout
from bot.richmenu.render import render_png

log = logging.getLogger(__name__)

SDK_DATA_HOST = "https://api-data.line.me"


class DataHostApiClient(ApiClient):
    """An ApiClient whose calls addressed to LINE's api-data host go to `data_host` instead."""

    def __init__(self, configuration: Configuration, data_host: str):
        super().__init__(configuration)
        self.data_host = data_host.rstrip("/")

    def call_api(self, *args, **kwargs):
        if kwargs.get("_host") == SDK_DATA_HOST:
            kwargs["_host"] = self.data_host
        return super().call_api(*args, **kwargs)


@dataclass
class Applied:
    rich_menu_id: str
    name: str
    created: bool
    made_default: bool
    deleted: list[str] = field(default_factory=list)


class RichMenuProblem(RuntimeError):
    """The menu or its image breaks one of LINE's limits."""


def apply_rich_menu(base_url: str, data_base_url: str, access_token: str, *, timeout: float = 10.0) -> Applied:
    image = render_png()
    name = layout.versioned_name(image)
    menu = layout.menu_object(name)
    if problems := layout.problems(menu, image):
        raise RichMenuProblem("; ".join(problems))
    api_config = Configuration(host=base_url.rstrip("/"), access_token=access_token)
    data_config = Configuration(host=data_base_url.rstrip("/"), access_token=access_token)
    with ApiClient(api_config) as api_client, DataHostApiClient(data_config, data_base_url) as data_client:
        api, blob = MessagingApi(api_client), MessagingApiBlob(data_client)
        existing = api.get_rich_menu_list(_request_timeout=timeout).richmenus
        default_id = _default_id(api, timeout)
        ours = [m for m in existing if m.name == name and _has_image(blob, m.rich_menu_id, timeout)]
        created = not ours
        if created:
            request = RichMenuRequest.from_dict(menu)
            api.validate_rich_menu_object(request, _request_timeout=timeout)
            rich_menu_id = api.create_rich_menu(request, _request_timeout=timeout).rich_menu_id
            blob.set_rich_menu_image(
                rich_menu_id, image, _headers={"Content-Type": "image/png"}, _request_timeout=timeout
            )
        else:
            rich_menu_id = ours[0].rich_menu_id
        made_default = default_id != rich_menu_id
        if made_default:
            api.set_default_rich_menu(rich_menu_id, _request_timeout=timeout)
        deleted = []
        for old in existing:
            if old.rich_menu_id != rich_menu_id and old.name.startswith(layout.NAME_PREFIX):
                api.delete_rich_menu(old.rich_menu_id, _request_timeout=timeout)
                deleted.append(old.rich_menu_id)
    log.info("rich menu applied", extra={"rich_menu_id": rich_menu_id, "created": created, "deleted": deleted})
    return Applied(rich_menu_id, name, created, made_default, deleted)


def _default_id(api: MessagingApi, timeout: float) -> str | None:
    try:
        return api.get_default_rich_menu_id(_request_timeout=timeout).rich_menu_id
    except ApiException as exc:
        if exc.status == 404:
            return None
        raise


def _has_image(blob: MessagingApiBlob, rich_menu_id: str, timeout: float) -> bool:
    """A menu whose creation was interrupted before its upload has no image: it is not reused."""
    try:
        blob.get_rich_menu_image(rich_menu_id, _request_timeout=timeout)
    except ApiException as exc:
        if exc.status == 404:
            return False
        raise
    return True
