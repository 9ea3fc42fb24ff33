// gestae's page: starts the router and shows the database summary in the header.
"use strict";

(function () {
  const G = window.Gestae;
  const VIEWS = {
    events: "events",
    event: "event",
    timeline: "timeline",
    network: "network",
    map: "map",
    documents: "documents",
    document: "document",
  };
  let rendering = 0;

  async function render() {
    const route = G.route();
    const name = VIEWS[route.view] || "events";
    // A fresh container each time: a view still loading when the user moves on fills a
    // detached element, not the next view.
    const root = document.createElement("div");
    G.clear(document.getElementById("view")).appendChild(root);
    const ticket = ++rendering;
    for (const link of document.querySelectorAll("nav a")) {
      const active = link.dataset.view === name || link.dataset.view + "s" === name ||
        (name === "event" && link.dataset.view === "events") ||
        (name === "document" && link.dataset.view === "documents");
      link.classList.toggle("active", active);
    }
    try {
      // Views ask for their data first and for the summary (CAMEO roots) only where needed,
      // so both requests run at once.
      await G.views[name](root, route);
    } catch (error) {
      if (ticket === rendering) G.error(root, error);
    }
  }

  async function showSummary() {
    const summary = await G.loadSummary();
    const range = summary.date_min ? ", " + summary.date_min + " – " + summary.date_max : "";
    document.getElementById("db-summary").textContent =
      summary.database + ": " + G.number(summary.documents) + " documents, " +
      G.number(summary.events) + " events" + range;
  }

  window.addEventListener("hashchange", render);
  document.addEventListener("DOMContentLoaded", () => {
    showSummary().catch((error) => G.error(document.getElementById("view"), error));
    render();
  });
})();
