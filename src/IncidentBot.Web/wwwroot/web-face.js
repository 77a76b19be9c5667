// Keeps an open incident's timeline live: every few seconds, the timeline fragment replaces the one on the page.
// The fragment is this site's own server-rendered, encoded HTML; nothing else is ever inserted.
(function () {
  const timeline = document.getElementById("timeline");
  if (!timeline || !timeline.dataset.refresh) {
    return;
  }
  setInterval(async function () {
    try {
      const response = await fetch(timeline.dataset.refresh, { headers: { Accept: "text/html" }, credentials: "same-origin" });
      // A sign-in that lapsed answers with a redirect to the sign-in page: keep the timeline shown rather than that.
      if (response.ok && !response.redirected && response.headers.get("Content-Type")?.startsWith("text/html")) {
        timeline.innerHTML = await response.text();
      }
    } catch {
      // The bot restarting or the network down: the next poll tries again.
    }
  }, 5000);
})();
