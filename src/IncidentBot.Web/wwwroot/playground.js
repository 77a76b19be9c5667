// The playground's live view: every second it asks whether the workspace changed (a number), and when it did, reads
// this page again and swaps in its channel list and messages. What it inserts is this site's own server-rendered,
// encoded HTML; the message being typed is left alone. Without script the page still works: forms post, links load.
(function () {
  const chat = document.getElementById("chat");
  if (!chat || !chat.dataset.versionUrl || !chat.dataset.self) {
    return;
  }
  const picker = document.getElementById("as");
  if (picker && picker.form) {
    picker.addEventListener("change", function () { picker.form.submit(); });
  }
  const atBottom = function () {
    return window.innerHeight + window.scrollY >= document.body.scrollHeight - 40;
  };
  let version = chat.dataset.version;
  let busy = false;
  setInterval(async function () {
    if (busy) {
      return;
    }
    busy = true;
    try {
      const asked = await fetch(chat.dataset.versionUrl, { headers: { Accept: "text/plain" }, credentials: "same-origin" });
      const now = asked.ok && !asked.redirected ? (await asked.text()).trim() : version;
      if (now === version) {
        return;
      }
      const page = await fetch(chat.dataset.self, { headers: { Accept: "text/html" }, credentials: "same-origin" });
      if (!page.ok || page.redirected || !page.headers.get("Content-Type")?.startsWith("text/html")) {
        return;
      }
      const fresh = new DOMParser().parseFromString(await page.text(), "text/html");
      const follow = atBottom();
      for (const id of ["channels", "messages"]) {
        const incoming = fresh.getElementById(id);
        const shown = document.getElementById(id);
        if (incoming && shown) {
          shown.replaceWith(document.adoptNode(incoming));
        }
      }
      version = now;
      chat.dataset.version = now;
      if (follow) {
        window.scrollTo(0, document.body.scrollHeight);
      }
    } catch {
      // The bot restarting or the network down: the next tick tries again.
    } finally {
      busy = false;
    }
  }, 1000);
})();
