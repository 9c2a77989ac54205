"""Headers every answer of the app carries, whatever produced it (routes, 404s, the webhook, the API).

The staff workspace adds its full set (CSP and more) on its own routes; this is the floor
underneath, so an answer from outside those routes (a 404 under /staff, the JSON API, the
metrics) is never sniffed as HTML, framed, or cached with a case in it.
"""

from __future__ import annotations

BASELINE_HEADERS = {
    b"x-content-type-options": b"nosniff",
    b"x-frame-options": b"DENY",
    b"referrer-policy": b"same-origin",
}
NOT_CACHED_PREFIXES = ("/api/", "/staff", "/admin")
# Sent only when the public address is https: browsers then refuse plain http for a year.
HSTS = (b"strict-transport-security", b"max-age=31536000; includeSubDomains")


class SecurityHeadersMiddleware:
    def __init__(self, app, hsts: bool = False):
        self.app = app
        self.headers = {**BASELINE_HEADERS, **({HSTS[0]: HSTS[1]} if hsts else {})}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        no_store = scope.get("path", "").startswith(NOT_CACHED_PREFIXES)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers.extend((name, value) for name, value in self.headers.items() if name not in present)
                if no_store and b"cache-control" not in present:
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
