/* The workspace's live parts, without inline script (CSP script-src 'self'):
   - a worker watches the person's queue, also in a background tab: new or changed cases show as a
     count in the page title, a browser notification (when allowed) and an optional sound;
   - the queue table refreshes its rows every 10 s while visible (and at once when told of a
     change), unless the keyboard focus is inside it (then it only says that something arrived). */
(function () {
  "use strict";
  var URGENCY = { emergency: "緊急", urgent: "急ぎ", routine: "通常" };
  var SOUND_KEY = "intake-sound";
  var baseTitle = document.title;
  var status = document.getElementById("queue-status");
  var table = document.getElementById("queue");
  var unseen = 0;
  var waiting = 0;

  function say(text) { if (status) { status.textContent = text; } }

  // ---- the queue table ----------------------------------------------------------------------
  function rows() { return document.getElementById("queue-rows"); }

  function swap(html) {
    var doc = new DOMParser().parseFromString("<table>" + html + "</table>", "text/html");
    var fresh = doc.getElementById("queue-rows");
    var old = rows();
    if (!fresh || !old) { return; }
    var arrived = Number(fresh.getAttribute("data-newest")) > Number(old.getAttribute("data-newest"));
    if (old.contains(document.activeElement)) {
      if (arrived) { say("新しい相談があります。表の外に移ると更新されます。"); }
      return;
    }
    old.parentNode.replaceChild(document.importNode(fresh, true), old);
    if (arrived) { say("新しい相談が届きました。"); }
  }

  function refreshRows() {
    if (!table || !window.fetch) { return; }
    fetch(table.getAttribute("data-poll"), { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (response.status === 401) { window.location.reload(); return null; }
        return response.ok && !response.redirected ? response.text() : null;
      })
      .then(function (html) { if (html) { swap(html); } })
      .catch(function () { /* offline for a moment: the next poll tries again */ });
  }

  if (table && window.fetch) {
    var seconds = Number(table.getAttribute("data-poll-seconds")) || 10;
    window.setInterval(function () { if (!document.hidden) { refreshRows(); } }, seconds * 1000);
  }

  // ---- the title, notifications and sound ---------------------------------------------------
  function showTitle() {
    var parts = [];
    if (waiting) { parts.push("新規" + waiting); }
    if (unseen) { parts.push("更新" + unseen); }
    document.title = (parts.length ? "(" + parts.join("・") + ") " : "") + baseTitle;
  }

  function away() { return document.hidden || !document.hasFocus(); }

  function beep() {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!Context || localStorage.getItem(SOUND_KEY) !== "on") { return; }
    try {
      var audio = new Context();
      var tone = audio.createOscillator();
      var gain = audio.createGain();
      tone.frequency.value = 880;
      gain.gain.value = 0.15;
      tone.connect(gain);
      gain.connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.4);
      document.documentElement.setAttribute("data-last-sound", String(Date.now()));
    } catch (e) { /* no audio device: the title and notification still say it */ }
  }

  function notifyItems(items) {
    if (!window.Notification || Notification.permission !== "granted") { return; }
    items.forEach(function (item) {
      var what = item.kind === "new" ? "新しい相談" : "相談の更新";
      var note = new Notification("あんしんケア相談：" + what, {
        body: "受付番号 " + item.number + "（" + (URGENCY[item.urgency] || item.urgency) + "）",
        tag: "case-" + item.id,
        requireInteraction: item.urgency !== "routine"
      });
      note.onclick = function () { window.focus(); window.location.href = "/staff/cases/" + item.id; note.close(); };
    });
  }

  function received(data) {
    if (data.expired) { window.location.reload(); return; }
    waiting = data.waiting;
    var items = data.items || [];
    if (items.length) {
      if (away()) {
        unseen += items.length;
        notifyItems(items);
      }
      beep();
      say(items.map(function (item) {
        return (item.kind === "new" ? "新しい相談 " : "更新 ") + item.number;
      }).join("、") + "（" + new Date().toLocaleTimeString("ja-JP") + "）");
      if (!document.hidden) { refreshRows(); }
    }
    showTitle();
  }

  function back() {
    if (!away()) { unseen = 0; showTitle(); if (table) { refreshRows(); } }
  }
  document.addEventListener("visibilitychange", back);
  window.addEventListener("focus", back);

  var watch = document.body.getAttribute("data-watch");
  if (watch && window.Worker && window.fetch) {
    var worker = new Worker("/staff/static/watch-worker.js");
    worker.onmessage = function (event) { received(event.data); };
    worker.postMessage({ url: watch, seconds: document.body.getAttribute("data-watch-seconds") || 5 });
  }

  // ---- the settings on the queue page -------------------------------------------------------
  var allow = document.getElementById("allow-notifications");
  var state = document.getElementById("notification-state");
  function showPermission() {
    if (!state) { return; }
    if (!window.Notification) { state.textContent = "このブラウザでは通知を使えません。"; if (allow) { allow.hidden = true; } return; }
    var text = { granted: "デスクトップ通知：オン", denied: "デスクトップ通知：ブラウザの設定で拒否されています", "default": "デスクトップ通知：まだ許可されていません" };
    state.textContent = text[Notification.permission] || "";
    if (allow) { allow.hidden = Notification.permission !== "default"; }
  }
  if (allow) {
    allow.addEventListener("click", function () {
      var asked = Notification.requestPermission(showPermission);
      if (asked && asked.then) { asked.then(showPermission); }
    });
  }
  var sound = document.getElementById("sound-on");
  if (sound) {
    sound.checked = localStorage.getItem(SOUND_KEY) === "on";
    sound.addEventListener("change", function () {
      localStorage.setItem(SOUND_KEY, sound.checked ? "on" : "off");
      if (sound.checked) { beep(); }
    });
  }
  showPermission();

  // ---- the directory editor: pick a LINE group the bot joined ------------------------------
  Array.prototype.forEach.call(document.querySelectorAll(".use-group"), function (button) {
    button.addEventListener("click", function () {
      var field = document.getElementById("d-line");
      field.value = button.getAttribute("data-group");
      field.focus();
    });
  });
})();
