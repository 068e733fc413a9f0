"""The web chat in a real browser (markers browser and http): Debian's Chromium driven by Playwright, against
the servers `make run` starts (the session fixture `server` in conftest.py).

scripts/install-browser installs Chromium (make test calls it). Assertions hold for any sensible reply: a reply
arrives, a button's title shows as the user's message, the summary names the role whose button was clicked.
The screenshots in docs/ (shown in the README) are made by this run.
"""
import os
import sqlite3
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.http]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]
# Screenshots land in results/ (ignored by git); SCREENSHOT_DIR=docs refreshes the README's pictures.
ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / os.environ.get("SCREENSHOT_DIR", "results/screenshots")
DESKTOP = {"width": 1280, "height": 800}
REPLY_TIMEOUT_MS = 120_000
QUESTIONS = ("Toelating", "Ondersteuning", "Facilitering", "Erkenning")

BOT = ".lbw-msg.lbw-bot:not(.lbw-typing)"
USER = ".lbw-msg.lbw-user .lbw-plain"  # the text of the user's messages
ENABLED_CHOICE = ".lbw-choice:not([disabled])"

# JavaScript helpers that look inside the widget's shadow root.
JS_ROOT = "document.querySelector('.loopbaanwijzer-chat').shadowRoot"
JS_ANSWERED = f"""() => {{
    const root = {JS_ROOT};
    if (!root || root.querySelector('.lbw-typing')) return false;
    const error = root.querySelector('.lbw-error');
    if (error && !error.hidden) return 'error';
    const messages = [...root.querySelectorAll('.lbw-log > .lbw-msg')];
    const lastUser = messages.map(m => m.classList.contains('lbw-user')).lastIndexOf(true);
    return messages.slice(lastUser + 1).some(m => m.classList.contains('lbw-bot')) ? 'answer' : false;
}}"""
# Whether there are buttons in messages before the last user message, and whether they are all disabled.
JS_OLD_CHOICES = f"""() => {{
    const messages = [...{JS_ROOT}.querySelectorAll('.lbw-log > .lbw-msg')];
    const lastUser = messages.map(m => m.classList.contains('lbw-user')).lastIndexOf(true);
    const old = messages.slice(0, lastUser).flatMap(m => [...m.querySelectorAll('.lbw-choice')]);
    return {{old: old.length > 0, allDisabled: old.every(b => b.disabled)}};
}}"""
JS_FOCUSED = """() => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    if (!a) return null;
    const style = getComputedStyle(a);
    return {tag: a.tagName, text: a.textContent, cls: a.className || '', outline: style.outlineStyle,
            outlineWidth: parseFloat(style.outlineWidth) || 0};
}"""


def storage(page, name):
    return page.evaluate(
        "(name) => { const k = Object.keys(sessionStorage).find(k => k.endsWith(':' + name));"
        " return k ? sessionStorage.getItem(k) : null; }", name)


def transcript(page):
    import json

    return json.loads(storage(page, "transcript") or "[]")


def latest_buttons(page, payload_prefix):
    """The buttons of the bot messages after the last user message whose payload starts with payload_prefix."""
    entries = transcript(page)
    users = [i for i, e in enumerate(entries) if e.get("who") == "user"]
    latest = entries[users[-1] + 1:] if users else entries
    return [b for e in latest for b in e.get("buttons") or [] if b["payload"].startswith(payload_prefix)]


def wait_for_answer(page):
    """Wait until the typing indicator is gone and a bot message follows the last user message."""
    result = page.wait_for_function(JS_ANSWERED, timeout=REPLY_TIMEOUT_MS).json_value()
    if result == "error":
        raise AssertionError("the chat shows an error: " + page.locator(".lbw-error").inner_text())


def say(page, text):
    box = page.locator("textarea.lbw-input")
    box.fill(text)
    box.press("Enter")
    wait_for_answer(page)


def focused(page):
    return page.evaluate(JS_FOCUSED)


def press_until_focused(page, predicate, key="Tab", limit=40):
    """Press Tab (or Shift+Tab) until the focused element satisfies predicate; return it."""
    for _ in range(limit):
        page.keyboard.press(key)
        element = focused(page)
        if element and predicate(element):
            return element
    raise AssertionError(f"nothing matching was reached with {key}; focus is on {focused(page)}")


def stored_events(db, sender):
    with sqlite3.connect(db) as conn:
        return conn.execute("select count(*) from events where sender_id = ?", (sender,)).fetchone()[0]


# ---- fixtures: one browser for the module; an intranet page on an allowed and on a refused origin ----

@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run scripts/install-browser (make test does).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport=DESKTOP, locale="nl-NL", accept_downloads=True)
    context.set_default_timeout(30_000)
    yield context
    context.close()


@pytest.fixture
def page(context, server):
    page = context.new_page()
    page.goto(server.web_url + "/")
    page.locator(".lbw-input").wait_for()
    return page


def _intranet_page(web_url: str) -> bytes:
    return f"""<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Intranet De Schoolbank</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><header><p>Intranet De Schoolbank</p></header>
<main><h1>Personeelszaken</h1><p>Bereid je jaargesprek voor met de Loopbaanwijzer, rechtsonder.</p></main>
<script src="{web_url}/widget.js" data-server="{web_url}" data-title="Loopbaanwijzer"
        data-color="#7a1f5c" data-position="left" defer></script>
</body></html>""".encode()


@pytest.fixture(scope="module")
def intranet(server):
    """The test intranet page on the allowed origin (server.allowed_origin) and on one that is not allowed."""
    from servers import free_port

    body = _intranet_page(server.web_url)

    class Page(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    allowed_port = int(server.allowed_origin.rsplit(":", 1)[1])
    sites = [ThreadingHTTPServer(("127.0.0.1", port), Page) for port in (allowed_port, free_port())]
    for site in sites:
        threading.Thread(target=site.serve_forever, daemon=True).start()
    yield {"allowed": f"{server.allowed_origin}/intranet.html",
           "refused": f"http://127.0.0.1:{sites[1].server_address[1]}/intranet.html"}
    for site in sites:
        site.shutdown()
        site.server_close()


# ---- the standalone page ----

def test_the_page_chats_shows_buttons_and_keeps_the_conversation_after_a_reload(page, server):
    assert page.locator("html").get_attribute("lang") == "nl"
    assert "Loopbaanwijzer" in page.locator("h1").inner_text()
    qr = page.locator("img[src='qr.svg']")
    assert page.evaluate("(img) => img.complete && img.naturalWidth > 0", qr.element_handle())
    privacy = page.locator(".lbw-privacy").inner_text()
    assert "naam" in privacy and "24 uur" in privacy and "leidinggevende" in privacy and "Wis gesprek" in privacy

    say(page, "hoi")
    assert page.locator(USER).last.inner_text() == "hoi"
    assert page.locator(BOT).count() >= 1
    assert focused(page)["tag"] == "TEXTAREA"  # focus back in the input after sending

    choice = page.locator(ENABLED_CHOICE).first
    title = choice.inner_text()
    choice.click()
    wait_for_answer(page)
    assert page.locator(USER).last.inner_text() == title
    assert page.evaluate(JS_OLD_CHOICES) == {"old": True, "allDisabled": True}

    session = storage(page, "session")
    before = page.locator(".lbw-log > .lbw-msg").all_inner_texts()
    page.reload()
    page.locator(".lbw-input").wait_for()
    assert storage(page, "session") == session
    assert page.locator(".lbw-log > .lbw-msg").all_inner_texts() == before
    assert stored_events(server.db, session) > 0  # the server's tracker store holds the conversation


def test_a_new_tab_and_nieuw_gesprek_start_fresh(context, page, server):
    say(page, "hallo")
    session = storage(page, "session")
    other = context.new_page()
    other.goto(server.web_url + "/")
    other.locator(".lbw-input").wait_for()
    assert storage(other, "session") != session and other.locator(USER).count() == 0
    other.close()

    page.get_by_role("button", name="Nieuw gesprek").click()
    assert page.locator(USER).count() == 0
    assert storage(page, "session") != session
    assert focused(page)["tag"] == "TEXTAREA"


def test_html_in_a_message_shows_as_text_and_runs_nothing(page):
    attacks = ['<img src=x onerror="window.__pwned = 1">', "<script>window.__pwned = 2</script>"]
    for attack in attacks:
        say(page, attack)
        assert page.locator(USER).last.inner_text() == attack
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator(".lbw-log img, .lbw-log script").count() == 0


def test_bot_text_is_formatted_safely(page, server):
    """Newlines, numbered and bulleted lists and **bold** become elements; HTML in a reply stays text."""
    reply = [{"recipient_id": "x", "text": "Hier zie ik kansen voor je:\n1. **Verdiepen**: Mentor\n- omdat je "
              "'coachen' noemde\n2. Verbreden\n\nNog iets <img src=x onerror=\"window.__pwned = 3\">\nTweede regel",
              "buttons": [{"title": "Mentor", "payload": "/choose_role"}]},
             {"recipient_id": "x", "text": "- een\n- twee"}]
    page.route(server.web_url + "/webhooks/rest/webhook",
               lambda route: route.fulfill(status=200, json=reply))
    say(page, "laat maar zien")
    message = page.locator(BOT).nth(-2)
    assert message.locator("ol > li").count() == 2
    assert message.locator("ol > li strong").inner_text() == "Verdiepen"
    assert message.locator("ol > li > ul > li").inner_text() == "omdat je 'coachen' noemde"
    assert message.locator("p br").count() == 1
    assert '<img src=x onerror="window.__pwned = 3">' in message.inner_text()
    assert page.locator(BOT).last.locator("ul > li").count() == 2
    assert page.locator(".lbw-log img").count() == 0 and page.evaluate("() => window.__pwned") is None


def test_a_refused_message_shows_the_dutch_text_and_comes_back_in_the_input(page):
    box = page.locator("textarea.lbw-input")
    box.evaluate("(el) => el.removeAttribute('maxlength')")
    long_text = "ik begeleid stagiairs " * 150
    box.fill(long_text)
    box.press("Enter")
    error = page.locator(".lbw-error")
    error.wait_for()
    assert "te lang" in error.inner_text()
    assert page.get_by_role("button", name="Probeer opnieuw").is_hidden()  # the same text would fail again
    assert box.input_value() == long_text.strip() and page.locator(USER).count() == 0


def test_wis_gesprek_empties_the_window_and_the_server_forgets(page, server):
    say(page, "ik ben leraar en ik vind het leuk om collega's te coachen")
    session = storage(page, "session")
    assert stored_events(server.db, session) > 0
    page.get_by_role("button", name="Wis gesprek").click()
    page.get_by_role("button", name="Ja, wis alles").click()
    page.wait_for_function(f"() => !{JS_ROOT}.querySelector('.lbw-typing')")
    assert page.locator(USER).count() == 0
    assert "gewist" in page.locator(".lbw-log").inner_text()
    assert stored_events(server.db, session) == 0
    assert transcript(page) == []

    say(page, "wat weet je van mij?")
    assert "coachen" not in page.locator(".lbw-log").inner_text()


def test_keyboard_only_from_start_to_downloaded_summary(page, server):
    """Tab, Shift+Tab and Enter only: the first button, the questions, a role, the summary, the download."""
    start = press_until_focused(page, lambda e: "lbw-choice" in e["cls"])
    assert start["outline"] != "none" and start["outlineWidth"] >= 2  # visible focus
    page.keyboard.press("Enter")
    wait_for_answer(page)
    assert page.locator(USER).last.inner_text() == start["text"]
    assert focused(page)["tag"] == "TEXTAREA"

    answers = ["ik ben leraar in het voortgezet onderwijs", "ik sta 10 jaar voor de klas",
               "ik vind het leuk om stagiairs te begeleiden en nieuwe collega's te coachen",
               "ik ben mentor van 2 vwo", "ik geef ook les aan de bovenbouw"]

    def role_buttons():
        return latest_buttons(page, "/choose_role")

    for answer in answers:
        if role_buttons():
            break
        page.keyboard.type(answer)
        page.keyboard.press("Enter")
        wait_for_answer(page)
    assert role_buttons(), f"no role to choose after the questions: {transcript(page)}"

    page.locator(".lbw-log").evaluate("(log) => log.scrollTop = log.scrollHeight")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "webchat-desktop.png"))
    page.set_viewport_size({"width": 390, "height": 844})
    page.locator(".lbw-log").evaluate("(log) => log.scrollTop = log.scrollHeight")
    page.screenshot(path=str(SCREENSHOTS / "webchat-phone.png"))
    page.set_viewport_size(DESKTOP)

    roles = {b["title"] for b in role_buttons()}
    role = press_until_focused(page, lambda e: "lbw-choice" in e["cls"] and e["text"] in roles, key="Shift+Tab")
    page.keyboard.press("Enter")
    wait_for_answer(page)
    assert page.locator(USER).last.inner_text() == role["text"]

    summary_buttons = [b["title"] for b in latest_buttons(page, "/request_summary")]
    assert summary_buttons, f"no summary button after choosing a role: {transcript(page)[-3:]}"
    press_until_focused(page, lambda e: "lbw-choice" in e["cls"] and e["text"] == summary_buttons[0], key="Shift+Tab")
    page.keyboard.press("Enter")
    wait_for_answer(page)

    press_until_focused(page, lambda e: "lbw-download" in e["cls"], key="Shift+Tab")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename.endswith((".txt", ".md"))
    text = Path(download.value.path()).read_text(encoding="utf-8")
    assert "Gespreksvoorbereiding" in text and role["text"] in text
    assert all(question in text for question in QUESTIONS)


def test_the_server_stopped_shows_an_error_and_probeer_opnieuw_works_once_it_is_back(page, server):
    say(page, "hoi")
    server.stop_web()
    try:
        box = page.locator("textarea.lbw-input")
        box.fill("wat kun je?")
        box.press("Enter")
        error = page.get_by_role("alert")
        error.wait_for()
        assert "niet bereiken" in error.inner_text()
    finally:
        server.start_web()
    page.get_by_role("button", name="Probeer opnieuw").click()
    wait_for_answer(page)
    assert page.locator(".lbw-error").is_hidden()
    assert page.locator(USER).all_inner_texts().count("wat kun je?") == 1


def test_usable_at_320_pixels_wide(browser, server):
    context = browser.new_context(viewport={"width": 320, "height": 640}, locale="nl-NL")
    try:
        page = context.new_page()
        page.goto(server.web_url + "/")
        page.locator(".lbw-input").wait_for()
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
        for name in ("Verstuur", "Wis gesprek", "Nieuw gesprek"):
            box = page.get_by_role("button", name=name).bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 320, name
        say(page, "hoi")
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
    finally:
        context.close()


def test_no_serious_accessibility_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    say(page, "hoi")
    results = Axe().run(page)
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
               for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []


# ---- the widget on an intranet page ----

def test_the_widget_works_on_an_allowed_intranet_origin(context, server, intranet):
    from axe_playwright_python.sync_playwright import Axe

    page = context.new_page()
    page.goto(intranet["allowed"])
    launcher = page.get_by_role("button", name="Chat met Loopbaanwijzer openen of sluiten")
    launcher.click()
    assert launcher.get_attribute("aria-expanded") == "true"
    assert focused(page)["tag"] == "TEXTAREA"
    panel = page.locator(".lbw-panel").bounding_box()
    assert panel["x"] < DESKTOP["width"] / 2  # data-position="left"
    header = page.locator(".lbw-header").evaluate("(h) => getComputedStyle(h).backgroundColor")
    assert header == "rgb(122, 31, 92)"  # data-color="#7a1f5c"
    say(page, "hoi")
    assert page.locator(BOT).count() >= 1
    serious = [v["id"] for v in Axe().run(page).response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []

    page.reload()  # the conversation, and the open panel, survive a reload
    page.locator(".lbw-input").wait_for()
    assert page.locator(".lbw-panel").is_visible() and page.locator(USER).last.inner_text() == "hoi"
    page.locator(".lbw-input").focus()
    page.keyboard.press("Escape")
    assert page.locator(".lbw-panel").is_hidden() and focused(page)["cls"] == "lbw-launcher"


def test_the_widget_is_refused_on_an_origin_that_is_not_configured(context, server, intranet):
    page = context.new_page()
    page.goto(intranet["refused"])
    page.get_by_role("button", name="Chat met Loopbaanwijzer openen of sluiten").click()
    box = page.locator("textarea.lbw-input")
    box.fill("hoi")
    box.press("Enter")
    error = page.get_by_role("alert")
    error.wait_for()
    assert "niet bereiken" in error.inner_text()
    assert page.locator(BOT).count() == 0  # nothing came back


def test_the_web_server_log_holds_nothing_the_user_typed(server):
    log = server.log("web")
    assert "stagiairs" not in log and "coachen" not in log and "Traceback" not in log
