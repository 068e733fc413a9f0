"""The web chat server (bot/web/server.py) without Rasa: a fake REST channel stands in for it."""
import asyncio
import json

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.runtime.input_limits import MAX_MESSAGE_CHARS
from bot.web import server

INTRANET = "https://intranet.school.nl"


def _fake_rasa(seen: list) -> web.Application:
    async def webhook(request):
        body = await request.json()
        seen.append(body)
        if body["message"] == "crash":
            return web.Response(status=500, text="Traceback (most recent call last): ...")
        return web.json_response([{"recipient_id": body["sender"], "text": "Hoi!"}])

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", webhook)
    return app


def run(scenario, rasa_up: bool = True, origins=(INTRANET,)):
    """Run scenario(client, seen) against the web server in front of a fake (or absent) Rasa server."""

    async def main():
        seen: list = []
        rasa = TestServer(_fake_rasa(seen))
        await rasa.start_server()
        rasa_url = str(rasa.make_url(""))
        if not rasa_up:
            await rasa.close()
        client = TestClient(TestServer(server.make_app(rasa_url, set(origins))))
        await client.start_server()
        try:
            return await scenario(client, seen)
        finally:
            await client.close()
            if rasa_up:
                await rasa.close()

    return asyncio.run(main())


def post(client, body, **headers):
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    return client.post(server.REST_PATH, data=data, headers={"Content-Type": "application/json", **headers})


def test_a_message_is_passed_on_and_the_answer_comes_back():
    async def scenario(client, seen):
        response = await post(client, {"sender": "abc123", "message": "hoi", "extra": "dropped"})
        return response.status, await response.json(), seen

    status, answer, seen = run(scenario)
    assert status == 200 and answer[0]["text"] == "Hoi!"
    assert seen == [{"sender": "abc123", "message": "hoi"}]


@pytest.mark.parametrize("body, status", [
    (b"{not json", 400),
    (b"[1, 2]", 400),
    ({"message": "hoi"}, 400),
    ({"sender": "a b", "message": "hoi"}, 400),
    ({"sender": "abc", "message": 5}, 400),
    ({"sender": "abc", "message": "  "}, 400),
    ({"sender": "abc", "message": "x" * (MAX_MESSAGE_CHARS + 1)}, 413),
    ({"sender": "abc", "message": "x" * 100_000}, 413),
])
def test_bad_input_gets_a_dutch_4xx_and_never_reaches_rasa(body, status):
    async def scenario(client, seen):
        response = await post(client, body)
        return response.status, await response.json(), seen

    got, answer, seen = run(scenario)
    assert got == status and answer["error"] and seen == []


def test_the_refusal_for_a_too_long_message_is_the_channels_own():
    from bot.runtime.input_limits import TOO_LONG

    async def scenario(client, seen):
        response = await post(client, {"sender": "abc", "message": "x" * 5000})
        return await response.json()

    assert run(scenario)["error"] == TOO_LONG


def test_rasa_down_or_failing_gives_a_dutch_502_without_its_traceback():
    async def down(client, seen):
        response = await post(client, {"sender": "abc", "message": "hoi"})
        return response.status, await response.json()

    async def crash(client, seen):
        response = await post(client, {"sender": "abc", "message": "crash"})
        return response.status, await response.text()

    status, answer = run(down, rasa_up=False)
    assert status == 502 and "niet bereikbaar" in answer["error"]
    status, text = run(crash)
    assert status == 502 and "Traceback" not in text and "niet bereikbaar" in text


def test_a_configured_origin_gets_cors_headers_and_another_is_refused():
    async def scenario(client, seen):
        allowed = await client.options(server.REST_PATH, headers={
            "Origin": INTRANET, "Access-Control-Request-Method": "POST"})
        refused = await client.options(server.REST_PATH, headers={
            "Origin": "https://elders.example", "Access-Control-Request-Method": "POST"})
        post_allowed = await post(client, {"sender": "abc", "message": "hoi"}, Origin=INTRANET)
        post_refused = await post(client, {"sender": "abc", "message": "hoi"}, Origin="https://elders.example")
        return allowed, refused, post_allowed, post_refused, await post_refused.json(), seen

    allowed, refused, post_allowed, post_refused, refusal, seen = run(scenario)
    assert allowed.status == 204 and allowed.headers["Access-Control-Allow-Origin"] == INTRANET
    assert "Content-Type" in allowed.headers["Access-Control-Allow-Headers"]
    assert refused.status == 403 and "Access-Control-Allow-Origin" not in refused.headers
    assert post_allowed.status == 200 and post_allowed.headers["Access-Control-Allow-Origin"] == INTRANET
    assert post_refused.status == 403 and "Access-Control-Allow-Origin" not in post_refused.headers
    assert "LOOPBAANWIJZER_CORS" in refusal["error"]
    assert len(seen) == 1  # only the allowed origin's message reached Rasa


def test_the_page_itself_needs_no_cors():
    async def scenario(client, seen):
        own = f"http://{client.host}:{client.port}"
        response = await post(client, {"sender": "abc", "message": "hoi"}, Origin=own)
        return response.status

    assert run(scenario, origins=()) == 200


def test_no_origin_is_allowed_without_configuration():
    assert server.allowed_origins("") == set()
    assert server.allowed_origins("https://a.nl, https://b.nl/ HTTPS://C.nl") == {
        "https://a.nl", "https://b.nl", "https://c.nl"}


def test_the_page_is_dutch_loads_only_its_own_files_and_shows_its_address():
    async def scenario(client, seen):
        page = await client.get("/", headers={"Host": "chat.school.nl"})
        return page.headers, await page.text()

    headers, text = run(scenario)
    assert '<html lang="nl">' in text
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert "http://chat.school.nl/" in text
    assert "http" not in text.replace("http://chat.school.nl/", "")  # nothing loaded from elsewhere


def test_a_forged_host_header_is_escaped_not_echoed_as_html():
    async def scenario(client, seen):
        page = await client.get("/", headers={"Host": "<script>alert(1)</script>"})
        qr = await client.get("/qr.svg", headers={"Host": "<script>alert(1)</script>"})
        return await page.text(), await qr.text()

    page, qr = run(scenario)
    assert "<script>alert" not in page and "<script" not in qr


def test_the_qr_code_is_an_svg_made_here():
    async def scenario(client, seen):
        response = await client.get("/qr.svg")
        return response.headers["Content-Type"], await response.text()

    content_type, svg = run(scenario)
    assert content_type.startswith("image/svg+xml")
    assert svg.startswith("<svg") and "<path" in svg


def test_the_widget_files_and_settings_are_served():
    async def scenario(client, seen):
        js = await client.get("/widget.js")
        css = await client.get("/widget.css")
        settings = await client.get("/config.json", headers={"Origin": INTRANET})
        return js.status, js.headers["Content-Type"], css.status, settings.headers, await settings.json()

    js_status, js_type, css_status, headers, settings = run(scenario)
    assert js_status == 200 and js_type.startswith("text/javascript") and css_status == 200
    assert settings == {"retention_hours": 24.0, "max_chars": MAX_MESSAGE_CHARS}
    assert headers["Access-Control-Allow-Origin"] == INTRANET


def test_the_widget_never_inserts_html():
    from bot.web.server import STATIC

    source = (STATIC / "widget.js").read_text()
    for unsafe in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert unsafe not in source
