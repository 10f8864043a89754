// Live updates: the server sends the index's version on /api/updates
// whenever it changes (a new block, a reorg); the page then fetches its own
// <main> again (?fragment=1) and swaps it in, without reloading.
(function () {
  "use strict";
  window.explorerLoadedAt = Date.now();
  var main = document.querySelector("main");
  var dot = document.getElementById("live");
  if (!main) return;
  var busy = false, again = false;
  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    var u = new URL(window.location.href);
    u.searchParams.set("fragment", "1");
    fetch(u, { cache: "no-store" }).then(function (r) {
      var v = r.headers.get("X-Explorer-Version");
      return r.text().then(function (html) {
        main.innerHTML = html;
        if (v) main.dataset.version = v;
      });
    }).catch(function (err) {
      console.error("explorer: refreshing the page failed: " + err);
    }).then(function () {
      busy = false;
      if (again) { again = false; refresh(); }
    });
  }
  if (window.EventSource) {
    var es = new EventSource("/api/updates");
    es.onopen = function () { if (dot) dot.className = "dot on"; };
    es.onerror = function () { if (dot) dot.className = "dot"; };
    es.onmessage = function (e) {
      if (e.data !== main.dataset.version) refresh();
    };
  }
  // Running clocks and windows count down between blocks.
  setInterval(function () {
    document.querySelectorAll("[data-countdown]").forEach(function (el) {
      var s = Math.max(0, parseInt(el.dataset.countdown, 10) - 1);
      el.dataset.countdown = String(s);
      var h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, sec = s % 60;
      el.textContent = (h > 0 ? h + "h" + String(m).padStart(2, "0") + "m" : m + "m") + String(sec).padStart(2, "0") + "s";
    });
  }, 1000);
})();
