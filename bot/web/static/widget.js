/*
 * Loopbaanwijzer web chat: plain JavaScript, no build step, no requests to anyone but the Loopbaanwijzer server.
 *
 * On an intranet page (the server must allow that page's origin in LOOPBAANWIJZER_CORS):
 *   <script src="https://loopbaanwijzer.school.nl/widget.js" data-title="Loopbaanwijzer"
 *           data-color="#1d4f91" data-position="right" defer></script>
 * Settings (all optional): data-server (default: where this file comes from), data-title, data-color (#rgb or
 * #rrggbb), data-position (right or left), data-mode (floating, the default, or inline with data-target, a CSS
 * selector of the element to fill; the standalone page uses that).
 *
 * Safety: no text from the user or the server is ever parsed as HTML; everything is built with
 * createElement and textContent. Privacy: the conversation id is random and kept in sessionStorage (this tab
 * only), as is a copy of the transcript so a reload can show it again; "Wis gesprek" deletes both and asks
 * the server to forget the conversation.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script) {
    return;
  }
  var data = script.dataset || {};

  function baseUrl() {
    var url = new URL(data.server || ".", script.src || document.baseURI);
    var href = url.origin + url.pathname;
    return href.charAt(href.length - 1) === "/" ? href : href + "/";
  }

  var BASE = baseUrl();
  var ENDPOINT = BASE + "webhooks/rest/webhook";
  var MODE = data.mode === "inline" ? "inline" : "floating";
  var POSITION = data.position === "left" ? "left" : "right";
  var TITLE = (data.title || "Loopbaanwijzer").slice(0, 80);
  var ACCENT = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(data.color || "") ? data.color : "#1d4f91";
  var KEY = "loopbaanwijzer:" + BASE + ":";
  var REQUEST_TIMEOUT_MS = 90000;
  var DEFAULT_FILENAME = "gespreksvoorbereiding.txt";

  var TEXT = {
    welcome: "Hoi! Ik ben de Loopbaanwijzer, een chatbot. Ik help je zien hoe je kunt groeien als leraar, " +
      "student of zij-instromer. Typ hieronder wat je wilt weten, of kies:",
    starters: [
      { title: "Wat past bij mij?", payload: "/start_orientation" },
      { title: "Wat kun je?", payload: "/help" }
    ],
    privacyStart: "Je naam is niet nodig. ",
    privacyEnd: " en je leidinggevende kan het niet lezen. Meteen wissen? Klik op ‘Wis gesprek’.",
    noServer: "Ik kan de Loopbaanwijzer nu niet bereiken. Controleer je verbinding en probeer het opnieuw.",
    serverError: "Er ging iets mis bij de Loopbaanwijzer. Probeer het opnieuw.",
    refused: "Dit bericht kon ik niet versturen.",
    typing: "De Loopbaanwijzer typt…",
    forgotten: "Je gesprek is gewist, ook op de server. Je kunt opnieuw beginnen wanneer je wilt.",
    confirmForget: "Alles van dit gesprek wissen, ook op de server? Dat kan niet ongedaan worden.",
    download: "Download gespreksvoorbereiding",
    bot: "Loopbaanwijzer: ",
    you: "Jij: "
  };

  // ---- storage (sessionStorage: this tab only; falls back to memory when storage is blocked) ----
  var memory = {};
  function load(name) {
    try {
      var value = window.sessionStorage.getItem(KEY + name);
      return value === null ? memory[name] || null : value;
    } catch (e) {
      return memory[name] || null;
    }
  }
  function store(name, value) {
    memory[name] = value;
    try {
      if (value === null) {
        window.sessionStorage.removeItem(KEY + name);
      } else {
        window.sessionStorage.setItem(KEY + name, value);
      }
    } catch (e) { /* memory only */ }
  }

  function newId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }

  var state = { session: null, transcript: [], lastActivity: 0, retentionHours: null };
  var busy = false;
  var pending = null;

  function restore() {
    state.session = load("session");
    try {
      state.transcript = JSON.parse(load("transcript") || "[]");
      if (!Array.isArray(state.transcript)) {
        state.transcript = [];
      }
    } catch (e) {
      state.transcript = [];
    }
    state.lastActivity = Number(load("lastActivity")) || 0;
    if (!state.session || !/^[0-9a-f]{32}$/.test(state.session)) {
      state.session = newId();
      state.transcript = [];
    }
    store("session", state.session);
  }

  function save() {
    state.lastActivity = Date.now();
    store("transcript", JSON.stringify(state.transcript));
    store("lastActivity", String(state.lastActivity));
  }

  // ---- colours: text on the accent colour with enough contrast (WCAG AA) whatever colour a school picks ----
  function luminance(hex) {
    var h = hex.slice(1);
    if (h.length === 3) {
      h = h.replace(/./g, "$&$&");
    }
    var channels = [0, 2, 4].map(function (i) {
      var c = parseInt(h.substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  }
  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  // ---- DOM helpers: text only, never HTML ----
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }
  function button(label, className, onClick) {
    var node = el("button", className, label);
    node.type = "button";
    node.addEventListener("click", onClick);
    return node;
  }

  // "**Rolnaam**" becomes bold; everything else stays text.
  function appendInline(parent, text) {
    var parts = String(text).split(/\*\*(.+?)\*\*/);
    parts.forEach(function (part, index) {
      if (!part) {
        return;
      }
      parent.appendChild(index % 2 ? el("strong", null, part) : document.createTextNode(part));
    });
  }

  // Newlines, "1. " numbered and "- " bulleted lists; a bullet under a numbered item (or indented under a
  // bullet) is nested in it, a plain line right after a numbered item belongs to that item.
  function renderText(container, text) {
    var kind = null, block = null, item = null, nested = null;
    function close() { kind = null; block = null; item = null; nested = null; }
    String(text).split(/\r?\n/).forEach(function (raw) {
      var line = raw.replace(/\s+$/, "");
      var match;
      if (!line.trim()) {
        close();
        return;
      }
      if ((match = /^\s*(\d{1,3})[.)]\s+(.*)$/.exec(line))) {
        if (kind !== "ol") {
          close();
          block = el("ol");
          if (match[1] !== "1") {
            block.start = Number(match[1]);
          }
          container.appendChild(block);
          kind = "ol";
        }
        item = el("li");
        appendInline(item, match[2]);
        block.appendChild(item);
        nested = null;
        return;
      }
      if ((match = /^(\s*)[-•*]\s+(.*)$/.exec(line))) {
        var li = el("li");
        appendInline(li, match[2]);
        if (item && (kind === "ol" || (kind === "ul" && match[1].length > 0))) {
          if (!nested) {
            nested = el("ul");
            item.appendChild(nested);
          }
          nested.appendChild(li);
          return;
        }
        if (kind !== "ul") {
          close();
          block = el("ul");
          container.appendChild(block);
          kind = "ul";
        }
        block.appendChild(li);
        item = li;
        nested = null;
        return;
      }
      if (kind === "ol" && item) {
        var note = el("p");
        appendInline(note, line.trim());
        item.appendChild(note);
        nested = null;
        return;
      }
      if (kind === "p") {
        block.appendChild(el("br"));
        appendInline(block, line.trim());
        return;
      }
      close();
      block = el("p");
      appendInline(block, line.trim());
      container.appendChild(block);
      kind = "p";
    });
  }

  // ---- the widget ----
  var host = el("div", "loopbaanwijzer-chat");
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var onAccent = contrast(ACCENT, "#ffffff") >= contrast(ACCENT, "#111111") ? "#ffffff" : "#111111";
  var accentText = contrast(ACCENT, "#ffffff") >= 4.5 ? ACCENT : "#1a1a1a";
  host.style.setProperty("--lbw-accent", ACCENT);
  host.style.setProperty("--lbw-on-accent", onAccent);
  host.style.setProperty("--lbw-accent-text", accentText);

  var ui = {};

  function build() {
    var stylesheet = el("link");
    stylesheet.rel = "stylesheet";
    stylesheet.href = BASE + "widget.css";
    host.style.visibility = "hidden";
    stylesheet.addEventListener("load", function () { host.style.visibility = ""; });
    stylesheet.addEventListener("error", function () { host.style.visibility = ""; });
    root.appendChild(stylesheet);

    var wrapper = el("div", "lbw");
    wrapper.setAttribute("data-mode", MODE);
    wrapper.setAttribute("data-position", POSITION);
    root.appendChild(wrapper);
    ui.wrapper = wrapper;

    var panel = el("section", "lbw-panel");
    panel.id = "lbw-panel";
    panel.setAttribute("aria-labelledby", "lbw-title");

    if (MODE === "floating") {
      ui.launcher = button(TITLE, "lbw-launcher", function () { setOpen(ui.panel.hidden); });
      ui.launcher.setAttribute("aria-expanded", "false");
      ui.launcher.setAttribute("aria-controls", "lbw-panel");
      ui.launcher.setAttribute("aria-label", "Chat met " + TITLE + " openen of sluiten");
      wrapper.appendChild(ui.launcher);
      panel.hidden = true;
    }

    var header = el("header", "lbw-header");
    var title = el("h2", "lbw-title", TITLE);
    title.id = "lbw-title";
    header.appendChild(title);
    var tools = el("div", "lbw-tools");
    tools.appendChild(button("Nieuw gesprek", "lbw-tool lbw-new", newConversation));
    ui.forget = button("Wis gesprek", "lbw-tool lbw-forget", askForget);
    tools.appendChild(ui.forget);
    if (MODE === "floating") {
      var close = button("×", "lbw-tool lbw-close", function () { setOpen(false); });
      close.setAttribute("aria-label", "Chat sluiten");
      tools.appendChild(close);
    }
    header.appendChild(tools);
    panel.appendChild(header);

    ui.confirm = el("div", "lbw-confirm");
    ui.confirm.hidden = true;
    ui.confirm.setAttribute("role", "group");
    ui.confirm.setAttribute("aria-labelledby", "lbw-confirm-text");
    var confirmText = el("p", null, TEXT.confirmForget);
    confirmText.id = "lbw-confirm-text";
    ui.confirm.appendChild(confirmText);
    ui.confirmYes = button("Ja, wis alles", "lbw-danger", forget);
    ui.confirm.appendChild(ui.confirmYes);
    ui.confirm.appendChild(button("Annuleren", "lbw-secondary", function () {
      ui.confirm.hidden = true;
      ui.forget.focus();
    }));
    panel.appendChild(ui.confirm);

    ui.privacy = el("p", "lbw-privacy");
    panel.appendChild(ui.privacy);
    showPrivacy();

    ui.log = el("div", "lbw-log");
    ui.log.setAttribute("role", "log");
    ui.log.setAttribute("aria-live", "polite");
    ui.log.setAttribute("aria-label", "Gesprek");
    ui.log.tabIndex = 0;
    panel.appendChild(ui.log);

    ui.typing = el("div", "lbw-msg lbw-bot lbw-typing");
    ui.typing.setAttribute("aria-hidden", "true");
    ui.typing.appendChild(el("span"));
    ui.typing.appendChild(el("span"));
    ui.typing.appendChild(el("span"));

    ui.status = el("div", "lbw-sr");
    ui.status.setAttribute("role", "status");
    panel.appendChild(ui.status);

    ui.error = el("div", "lbw-error");
    ui.error.hidden = true;
    ui.error.setAttribute("role", "alert");
    ui.errorText = el("p");
    ui.error.appendChild(ui.errorText);
    ui.retry = button("Probeer opnieuw", "lbw-retry", retry);
    ui.error.appendChild(ui.retry);
    panel.appendChild(ui.error);

    var form = el("form", "lbw-form");
    form.noValidate = true;
    var label = el("label", "lbw-sr", "Je bericht aan de Loopbaanwijzer");
    label.htmlFor = "lbw-input";
    ui.input = el("textarea", "lbw-input");
    ui.input.id = "lbw-input";
    ui.input.rows = 1;
    ui.input.maxLength = 2000;
    ui.input.placeholder = "Typ je bericht…";
    ui.input.setAttribute("autocomplete", "off");
    ui.input.setAttribute("aria-describedby", "lbw-hint");
    var hint = el("p", "lbw-sr", "Enter verstuurt je bericht, Shift+Enter begint een nieuwe regel.");
    hint.id = "lbw-hint";
    ui.send = el("button", "lbw-send", "Verstuur");
    ui.send.type = "submit";
    form.appendChild(label);
    form.appendChild(ui.input);
    form.appendChild(ui.send);
    form.appendChild(hint);
    ui.counter = el("p", "lbw-counter");
    ui.counter.id = "lbw-counter";
    ui.counter.hidden = true;
    form.appendChild(ui.counter);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      submitInput();
    });
    ui.input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        submitInput();
      }
    });
    ui.input.addEventListener("input", grow);
    panel.appendChild(form);

    wrapper.appendChild(panel);
    ui.panel = panel;
    wrapper.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && MODE === "floating" && !ui.panel.hidden) {
        setOpen(false);
      }
    });
  }

  // Grows the input with its text (up to 10rem) and shows how many characters are left near the limit.
  function grow() {
    ui.input.style.height = "auto";
    ui.input.style.height = Math.min(ui.input.scrollHeight, 160) + "px";
    var limit = ui.input.maxLength > 0 ? ui.input.maxLength : 2000;
    var near = ui.input.value.length >= limit * 0.9;
    ui.counter.hidden = !near;
    ui.counter.textContent = near ? ui.input.value.length + " van " + limit + " tekens" : "";
    ui.input.setAttribute("aria-describedby", near ? "lbw-hint lbw-counter" : "lbw-hint");
  }

  function setOpen(open) {
    if (MODE !== "floating") {
      return;
    }
    ui.panel.hidden = !open;
    ui.wrapper.setAttribute("data-open", open ? "true" : "false");
    ui.launcher.setAttribute("aria-expanded", open ? "true" : "false");
    store("open", open ? "1" : null);
    if (open) {
      scrollToEnd();
      ui.input.focus();
    } else {
      ui.launcher.focus();
    }
  }

  function showPrivacy() {
    var hours = state.retentionHours;
    var when;
    if (hours === null || !isFinite(hours)) {
      when = "Je gesprek wordt na een tijd zonder berichten gewist";
    } else {
      var amount = hours < 1 ? Math.max(1, Math.round(hours * 60)) + " minuten"
        : String(Math.round(hours * 10) / 10).replace(".", ",") + " uur";
      when = "Je gesprek wordt " + amount + " na je laatste bericht gewist";
    }
    ui.privacy.textContent = TEXT.privacyStart + when + TEXT.privacyEnd;
  }

  // ---- drawing the transcript ----
  function messageNode(entry, index) {
    var node = el("div", "lbw-msg " + (entry.who === "user" ? "lbw-user" : "lbw-bot"));
    node.appendChild(el("span", "lbw-sr", entry.who === "user" ? TEXT.you : TEXT.bot));
    if (entry.text) {
      if (entry.who === "user") {
        node.appendChild(el("p", "lbw-plain", entry.text));
      } else {
        renderText(node, entry.text);
      }
    }
    if (entry.buttons && entry.buttons.length) {
      var group = el("div", "lbw-choices");
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", "Keuzes");
      entry.buttons.forEach(function (choice) {
        var choiceButton = button(choice.title, "lbw-choice", function () {
          if (busy || entry.done) {
            return;
          }
          send(choice.payload, choice.title, false);
        });
        choiceButton.disabled = !!entry.done;
        group.appendChild(choiceButton);
      });
      node.appendChild(group);
    }
    if (entry.summary) {
      var download = button(TEXT.download, "lbw-download", function () { saveSummary(entry.summary); });
      node.appendChild(download);
    }
    node.setAttribute("data-index", String(index));
    return node;
  }

  function redraw() {
    ui.log.setAttribute("aria-busy", "true");
    ui.log.textContent = "";
    if (!state.transcript.length) {
      ui.log.appendChild(messageNode({ who: "bot", text: TEXT.welcome, buttons: TEXT.starters, welcome: true }, -1));
    }
    state.transcript.forEach(function (entry, index) {
      ui.log.appendChild(messageNode(entry, index));
    });
    ui.log.removeAttribute("aria-busy");
    scrollToEnd();
  }

  function scrollToEnd() {
    ui.log.scrollTop = ui.log.scrollHeight;
  }

  // A long answer is shown from its start; a short one scrolls the log to the end.
  function scrollToShow(first) {
    var top = first.offsetTop - 8;
    ui.log.scrollTop = ui.log.scrollHeight - top > ui.log.clientHeight ? top : ui.log.scrollHeight;
  }

  function finishChoices() {
    state.transcript.forEach(function (entry) {
      if (entry.buttons) {
        entry.done = true;
      }
    });
    var old = ui.log.querySelectorAll(".lbw-choice");
    Array.prototype.forEach.call(old, function (node) { node.disabled = true; });
  }

  function addEntry(entry) {
    state.transcript.push(entry);
    var node = messageNode(entry, state.transcript.length - 1);
    ui.log.appendChild(node);
    return node;
  }

  // ---- talking to the server ----
  function submitInput() {
    var text = ui.input.value.trim();
    if (!text || busy) {
      ui.input.focus();
      return;
    }
    ui.input.value = "";
    grow();
    send(text, text, true);
  }

  function send(message, shown, typed) {
    if (busy) {
      return;
    }
    hideError();
    ui.confirm.hidden = true;
    if (!state.transcript.length) {
      ui.log.textContent = ""; // the welcome was local, not part of the conversation
    }
    finishChoices();
    var node = addEntry({ who: "user", text: shown });
    save();
    scrollToEnd();
    pending = { message: message, typed: typed, entry: state.transcript[state.transcript.length - 1], node: node };
    ui.input.focus();
    post(pending);
  }

  function setBusy(value) {
    busy = value;
    ui.send.setAttribute("aria-disabled", value ? "true" : "false");
    if (value) {
      ui.log.appendChild(ui.typing);
      ui.status.textContent = TEXT.typing;
      scrollToEnd();
    } else {
      if (ui.typing.parentNode) {
        ui.typing.parentNode.removeChild(ui.typing);
      }
      ui.status.textContent = "";
    }
  }

  function request(message) {
    var controller = window.AbortController ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS) : null;
    return fetch(ENDPOINT, {
      method: "POST",
      mode: "cors",
      credentials: "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: state.session, message: message }),
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (body) {
        return { status: response.status, ok: response.ok, body: body };
      });
    }).finally(function () {
      if (timer) {
        clearTimeout(timer);
      }
    });
  }

  function errorText(body, fallback) {
    return body && typeof body.error === "string" && body.error ? body.error : fallback;
  }

  function post(job) {
    setBusy(true);
    request(job.message).then(function (answer) {
      setBusy(false);
      if (answer.ok && Array.isArray(answer.body)) {
        pending = null;
        receive(answer.body);
        return;
      }
      var retryable = answer.status >= 500 || answer.status === 408 || answer.status === 429;
      if (retryable) {
        showError(errorText(answer.body, TEXT.serverError), true);
        return;
      }
      // Refused (too long, not text): the message was not taken. Take it back so it can be changed.
      pending = null;
      state.transcript.splice(state.transcript.indexOf(job.entry), 1);
      if (job.node.parentNode) {
        job.node.parentNode.removeChild(job.node);
      }
      save();
      if (!state.transcript.length) {
        redraw(); // back to the welcome
      }
      if (job.typed) {
        ui.input.value = job.message;
        grow();
      }
      showError(errorText(answer.body, TEXT.refused), false);
      ui.input.focus();
    }, function () {
      setBusy(false);
      showError(TEXT.noServer, true);
    });
  }

  function receive(messages) {
    var first = null;
    var last = null;
    messages.forEach(function (message) {
      if (!message || typeof message !== "object") {
        return;
      }
      var custom = message.custom;
      if (custom && typeof custom === "object" && typeof custom.summary === "string" && custom.summary) {
        var summary = { text: custom.summary, filename: typeof custom.filename === "string" ? custom.filename : "" };
        if (last) {
          last.entry.summary = summary;
          var replacement = messageNode(last.entry, state.transcript.indexOf(last.entry));
          ui.log.replaceChild(replacement, last.node);
          if (first === last.node) {
            first = replacement;
          }
          last.node = replacement;
        } else {
          var own = { who: "bot", text: "Je gespreksvoorbereiding staat klaar.", summary: summary };
          last = { entry: own, node: addEntry(own) };
          first = first || last.node;
        }
      }
      if (typeof message.text !== "string" || !message.text) {
        return;
      }
      var buttons = Array.isArray(message.buttons) ? message.buttons.filter(function (b) {
        return b && typeof b.title === "string" && typeof b.payload === "string";
      }).map(function (b) { return { title: b.title, payload: b.payload }; }) : [];
      var entry = { who: "bot", text: message.text };
      if (buttons.length) {
        entry.buttons = buttons;
      }
      last = { entry: entry, node: addEntry(entry) };
      first = first || last.node;
    });
    save();
    if (first) {
      scrollToShow(first);
    }
  }

  function showError(text, canRetry) {
    ui.errorText.textContent = text;
    ui.retry.hidden = !canRetry;
    ui.error.hidden = false;
  }

  function hideError() {
    ui.error.hidden = true;
    ui.errorText.textContent = "";
  }

  function retry() {
    if (!pending || busy) {
      hideError();
      ui.input.focus();
      return;
    }
    hideError();
    ui.input.focus();
    if (pending.forget) {
      forget();
      return;
    }
    post(pending);
  }

  function saveSummary(summary) {
    var name = /^[A-Za-z0-9][A-Za-z0-9._-]{0,80}\.(txt|md)$/.test(summary.filename) ? summary.filename : DEFAULT_FILENAME;
    // The .txt file gets plain text; a .md file keeps the **bold** marks.
    var text = /\.md$/.test(name) ? summary.text : summary.text.replace(/\*\*(.+?)\*\*/g, "$1");
    var blob = new Blob([text.replace(/\n?$/, "\n")], { type: /\.md$/.test(name) ? "text/markdown;charset=utf-8" : "text/plain;charset=utf-8" });
    var link = el("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    link.hidden = true;
    root.appendChild(link);
    link.click();
    root.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
  }

  function newConversation() {
    if (busy) {
      return;
    }
    hideError();
    pending = null;
    ui.confirm.hidden = true;
    state.session = newId();
    state.transcript = [];
    store("session", state.session);
    save();
    redraw();
    ui.input.focus();
  }

  function askForget() {
    if (busy) {
      return;
    }
    ui.confirm.hidden = false;
    ui.confirmYes.focus();
  }

  // "/forget_me" makes the assistant delete every stored event of this conversation at once.
  function forget() {
    if (busy) {
      return;
    }
    ui.confirm.hidden = true;
    hideError();
    pending = { forget: true };
    setBusy(true);
    request("/forget_me").then(function (answer) {
      setBusy(false);
      if (!answer.ok) {
        showError(errorText(answer.body, TEXT.serverError), true);
        return;
      }
      pending = null;
      state.session = newId();
      state.transcript = [];
      store("session", state.session);
      save();
      ui.log.textContent = "";
      addEntry({ who: "bot", text: TEXT.forgotten, local: true });
      state.transcript = [];
      save();
      ui.input.focus();
    }, function () {
      setBusy(false);
      showError(TEXT.noServer, true);
    });
  }

  function loadSettings() {
    fetch(BASE + "config.json", { mode: "cors", credentials: "omit", cache: "no-store", referrerPolicy: "no-referrer" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (settings) {
        if (!settings) {
          return;
        }
        if (typeof settings.retention_hours === "number") {
          state.retentionHours = settings.retention_hours;
          showPrivacy();
          var expired = state.lastActivity && Date.now() - state.lastActivity > settings.retention_hours * 3600000;
          if (expired && state.transcript.length && !busy) {
            newConversation();
          }
        }
        if (typeof settings.max_chars === "number" && settings.max_chars > 0) {
          ui.input.maxLength = settings.max_chars;
        }
      })
      .catch(function () { /* the first message will show whether the server can be reached */ });
  }

  function start() {
    var target = MODE === "inline" && data.target ? document.querySelector(data.target) : null;
    if (!target) {
      MODE = "floating";
    }
    host.setAttribute("data-mode", MODE);
    restore();
    build();
    (target || document.body).appendChild(host);
    redraw();
    loadSettings();
    if (MODE === "floating" && load("open")) {
      setOpen(true);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
