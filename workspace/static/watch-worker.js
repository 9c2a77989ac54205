/* Watches the signed-in person's queue from a dedicated worker: a worker's timers keep running
   when the tab is in the background, where the page's own timers are slowed to once a minute.
   It asks /staff/updates what arrived or changed since its last look and tells the page. These
   requests are not the person's activity: the session still reaches its idle timeout. */
"use strict";
var url = null;
var seconds = 5;
var since = "";
var stopped = false;

function tick() {
  if (stopped) { return; }
  var target = url + (since ? "?since=" + encodeURIComponent(since) : "");
  fetch(target, { credentials: "same-origin", redirect: "manual", headers: { "Accept": "application/json" } })
    .then(function (response) {
      if (response.status === 401) { stopped = true; postMessage({ expired: true }); return null; }
      return response.ok ? response.json() : null;  // a redirect (password change first) or an error: skip
    })
    .then(function (data) {
      if (data) { since = data.now; postMessage(data); }
    })
    .catch(function () { /* offline for a moment: the next look tries again */ })
    .then(function () { if (!stopped) { setTimeout(tick, seconds * 1000); } });
}

onmessage = function (event) {
  if (url === null) {
    url = event.data.url;
    seconds = Number(event.data.seconds) || seconds;
    tick();
  }
};
