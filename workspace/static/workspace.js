/* The queue refreshes itself: every 10 s it fetches its rows and swaps them in, unless the
   keyboard focus is inside the table (then it only says that something new arrived). */
(function () {
  "use strict";
  var table = document.getElementById("queue");
  if (!table || !window.fetch) { return; }
  var url = table.getAttribute("data-poll");
  var seconds = Number(table.getAttribute("data-poll-seconds")) || 10;
  var status = document.getElementById("queue-status");

  function rows() { return document.getElementById("queue-rows"); }

  function swap(html) {
    var doc = new DOMParser().parseFromString("<table>" + html + "</table>", "text/html");
    var fresh = doc.getElementById("queue-rows");
    var old = rows();
    if (!fresh || !old) { return; }
    var arrived = Number(fresh.getAttribute("data-newest")) > Number(old.getAttribute("data-newest"));
    if (old.contains(document.activeElement)) {
      if (arrived) { status.textContent = "新しい相談があります。表の外に移ると更新されます。"; }
      return;
    }
    old.parentNode.replaceChild(document.importNode(fresh, true), old);
    if (arrived) { status.textContent = "新しい相談が届きました。"; }
  }

  function refresh() {
    if (document.hidden) { return; }
    fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (response.status === 401) { window.location.reload(); return null; }
        return response.ok ? response.text() : null;
      })
      .then(function (html) { if (html) { swap(html); } })
      .catch(function () { /* offline for a moment: the next poll tries again */ });
  }

  window.setInterval(refresh, seconds * 1000);
})();
