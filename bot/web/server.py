"""The web chat server: the page, the widget's files, and a proxy to the Rasa server's REST channel.

- GET  /                         the standalone chat page (with a QR code of its own address)
- GET  /widget.js, /widget.css   the widget an intranet page includes with one script tag
- GET  /config.json              what the widget shows: retention period and length limit
- GET  /qr.svg                   the QR code of the page's address, made here (segno), no third party
- POST /webhooks/rest/webhook    passed on to the Rasa server's REST channel after the same input checks
- GET  /health                   "ok" for a supervisor or load balancer

The standalone page calls /webhooks/rest/webhook on its own origin, so it needs no CORS. An intranet page on
another origin may call it only when that origin is listed in LOOPBAANWIJZER_CORS; other origins get no CORS
headers and a 403. The server logs no requests (no IP addresses, no user text).
"""
import argparse
import asyncio
import html
import io
import json
import logging
import os
import re
from pathlib import Path
from typing import Iterable, Optional, Set
from urllib.parse import urlsplit

from aiohttp import ClientError, ClientSession, ClientTimeout, web

from bot.runtime.input_limits import MAX_MESSAGE_CHARS, TOO_LONG, payload_problem

STATIC = Path(__file__).resolve().parent / "static"
DEFAULT_WEB_PORT = 8000
REST_PATH = "/webhooks/rest/webhook"
# A JSON body with a message at the limit: up to 6 bytes a character (\uXXXX escapes), plus the sender.
MAX_BODY_BYTES = 6 * MAX_MESSAGE_CHARS + 1024
RASA_TIMEOUT_SECONDS = 120

NOT_REACHABLE = "De Loopbaanwijzer is even niet bereikbaar. Probeer het zo opnieuw."
TOO_SLOW = "De Loopbaanwijzer doet er te lang over. Probeer het zo opnieuw."
ORIGIN_REFUSED = ("Deze website mag de Loopbaanwijzer niet gebruiken. "
                  "Vraag de ICT-beheerder om het adres toe te voegen aan LOOPBAANWIJZER_CORS.")
BAD_JSON = "Stuur een JSON-object met 'sender' en 'message'."

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
# The standalone page loads nothing but its own files; no inline script or style runs.
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            "base-uri 'none'; form-action 'none'; frame-ancestors 'self'")
_HOST = re.compile(r"^[A-Za-z0-9.\-]{1,253}(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:[0-9]{1,5})?$")

logger = logging.getLogger(__name__)

RASA_URL = web.AppKey("rasa_url", str)
ORIGINS = web.AppKey("origins", set)
PORT = web.AppKey("port", int)
RETENTION_HOURS = web.AppKey("retention_hours", float)
CLIENT = web.AppKey("client", ClientSession)


def retention_hours() -> float:
    try:
        return max(float(os.environ.get("LOOPBAANWIJZER_RETENTION_HOURS", "24")), 0.0)
    except ValueError:
        return 24.0


def _normal_origin(origin: str) -> str:
    return origin.strip().rstrip("/").lower()


def allowed_origins(setting: Optional[str] = None) -> Set[str]:
    """The origins of LOOPBAANWIJZER_CORS (separated by commas or spaces); '*' allows every origin."""
    setting = os.environ.get("LOOPBAANWIJZER_CORS", "") if setting is None else setting
    return {_normal_origin(o) for o in re.split(r"[\s,]+", setting) if o.strip()}


def _own_host(request: web.Request) -> str:
    return (request.headers.get("X-Forwarded-Host") or request.host or "").split(",")[0].strip().lower()


def page_url(request: web.Request) -> str:
    """The address of the standalone page as the browser reached it (or LOOPBAANWIJZER_PUBLIC_URL)."""
    public = os.environ.get("LOOPBAANWIJZER_PUBLIC_URL", "").strip()
    if public.startswith(("http://", "https://")) and len(public) <= 300:
        return public
    scheme = (request.headers.get("X-Forwarded-Proto") or request.scheme or "http").split(",")[0].strip().lower()
    if scheme not in ("http", "https"):
        scheme = "http"
    host = _own_host(request)
    if not _HOST.match(host):
        host = f"localhost:{request.app[PORT]}"
    return f"{scheme}://{host}/"


def _origin_status(request: web.Request) -> str:
    """'none' (no Origin: not a browser's cross-origin call), 'same', 'allowed' or 'refused'."""
    origin = request.headers.get("Origin")
    if not origin:
        return "none"
    if urlsplit(origin).netloc.lower() == _own_host(request):
        return "same"
    allowed: Set[str] = request.app[ORIGINS]
    if "*" in allowed or _normal_origin(origin) in allowed:
        return "allowed"
    return "refused"


def _cors_headers(request: web.Request) -> dict:
    if _origin_status(request) != "allowed":
        return {}
    return {"Access-Control-Allow-Origin": request.headers["Origin"], "Vary": "Origin"}


def _json(request: web.Request, data, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, headers={**SECURITY_HEADERS, **_cors_headers(request),
                                                           "Cache-Control": "no-store"})


async def preflight(request: web.Request) -> web.Response:
    if _origin_status(request) != "allowed":
        return web.Response(status=403, headers=SECURITY_HEADERS)
    headers = {
        **SECURITY_HEADERS, **_cors_headers(request),
        "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": "Content-Type",
        "Access-Control-Max-Age": "600",
    }
    return web.Response(status=204, headers=headers)


async def _read_limited(request: web.Request, limit: int) -> Optional[bytes]:
    """The body, or None when it is longer than the limit (read no further than that)."""
    if request.content_length is not None and request.content_length > limit:
        return None
    chunks, size = [], 0
    while True:
        chunk = await request.content.read(65536)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)


async def chat(request: web.Request) -> web.Response:
    """Check the request like the REST channel does, then pass it on to the Rasa server."""
    if _origin_status(request) == "refused":
        return _json(request, {"error": ORIGIN_REFUSED}, 403)
    raw = await _read_limited(request, MAX_BODY_BYTES)
    if raw is None:
        return _json(request, {"error": TOO_LONG}, 413)
    try:
        body = json.loads(raw)
    except ValueError:
        return _json(request, {"error": BAD_JSON}, 400)
    problem = payload_problem(body)
    if problem:
        status, message = problem
        return _json(request, {"error": message}, status)
    forward = {"sender": body["sender"], "message": body["message"]}
    try:
        async with request.app[CLIENT].post(request.app[RASA_URL] + REST_PATH, json=forward) as answer:
            text = await answer.text()
            status = answer.status
    except asyncio.TimeoutError:
        return _json(request, {"error": TOO_SLOW}, 504)
    except (ClientError, OSError):
        return _json(request, {"error": NOT_REACHABLE}, 502)
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if status >= 500 or data is None:
        logger.warning("The Rasa server answered %s.", status)
        return _json(request, {"error": NOT_REACHABLE}, 502)
    return _json(request, data, status)


async def config(request: web.Request) -> web.Response:
    if _origin_status(request) == "refused":
        return _json(request, {"error": ORIGIN_REFUSED}, 403)
    return _json(request, {"retention_hours": request.app[RETENTION_HOURS], "max_chars": MAX_MESSAGE_CHARS})


def qr_svg(url: str) -> bytes:
    import segno

    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="svg", scale=1, border=4, xmldecl=False, omitsize=True,
                                    dark="#000000", light="#ffffff", nl=False)
    return buffer.getvalue()


async def qr(request: web.Request) -> web.Response:
    headers = {**SECURITY_HEADERS, "Cache-Control": "no-cache"}
    return web.Response(body=qr_svg(page_url(request)), content_type="image/svg+xml", headers=headers)


async def index(request: web.Request) -> web.Response:
    url = page_url(request)
    text = (STATIC / "index.html").read_text(encoding="utf-8").replace("%%PAGE_URL%%", html.escape(url))
    headers = {**SECURITY_HEADERS, "Content-Security-Policy": PAGE_CSP, "Cache-Control": "no-cache"}
    return web.Response(text=text, content_type="text/html", charset="utf-8", headers=headers)


def _static(name: str, content_type: str):
    async def handler(request: web.Request) -> web.Response:
        headers = {**SECURITY_HEADERS, "Cache-Control": "no-cache"}
        return web.Response(body=(STATIC / name).read_bytes(), content_type=content_type,
                            charset="utf-8", headers=headers)

    return handler


async def health(request: web.Request) -> web.Response:
    return web.Response(text="ok", headers=SECURITY_HEADERS)


def make_app(rasa_url: str, origins: Iterable[str] = (), port: int = DEFAULT_WEB_PORT) -> web.Application:
    app = web.Application(client_max_size=MAX_BODY_BYTES + 1)
    app[RASA_URL] = rasa_url.rstrip("/")
    app[ORIGINS] = set(origins)
    app[PORT] = port
    app[RETENTION_HOURS] = retention_hours()

    async def client_session(app: web.Application):
        app[CLIENT] = ClientSession(timeout=ClientTimeout(total=RASA_TIMEOUT_SECONDS))
        yield
        await app[CLIENT].close()

    app.cleanup_ctx.append(client_session)
    app.router.add_get("/", index)
    app.router.add_get("/widget.js", _static("widget.js", "text/javascript"))
    app.router.add_get("/widget.css", _static("widget.css", "text/css"))
    app.router.add_get("/page.css", _static("page.css", "text/css"))
    app.router.add_get("/qr.svg", qr)
    app.router.add_get("/config.json", config)
    app.router.add_route("OPTIONS", "/config.json", preflight)
    app.router.add_post(REST_PATH, chat)
    app.router.add_route("OPTIONS", REST_PATH, preflight)
    app.router.add_get("/health", health)
    return app


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.web", description="Loopbaanwijzer: de webchat")
    parser.add_argument("--port", type=int, default=int(os.environ.get("LOOPBAANWIJZER_WEB_PORT", DEFAULT_WEB_PORT)))
    parser.add_argument("--host", default=os.environ.get("LOOPBAANWIJZER_HOST", "127.0.0.1"))
    parser.add_argument("--rasa-url", default=os.environ.get(
        "LOOPBAANWIJZER_RASA_URL", f"http://127.0.0.1:{os.environ.get('LOOPBAANWIJZER_PORT', '5005')}"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app = make_app(args.rasa_url, allowed_origins(), args.port)
    web.run_app(app, host=args.host, port=args.port, access_log=None, print=None, handle_signals=True)
    return 0
