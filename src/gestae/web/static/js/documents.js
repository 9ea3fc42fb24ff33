// The documents: a searchable, paged list with event counts, and one document with its events.
"use strict";

(function () {
  const G = window.Gestae;
  const h = G.h;
  const COLUMNS = [
    ["doc_id", "Document"],
    ["title", "Title"],
    ["date", "Date"],
    ["n_events", "Events"],
    ["n_chars", "Characters"],
  ];

  G.views.documents = async function (root, route) {
    const p = route.params;
    const state = {
      q: p.get("q") || "",
      sort: p.get("sort") || "doc_id",
      order: p.get("order") || "asc",
      limit: Number(p.get("limit")) || 50,
      offset: Number(p.get("offset")) || 0,
    };
    root.appendChild(h("h1", {}, "Documents"));
    const form = h("form", { class: "filters", id: "documents-form" },
      G.field("Search", "q", state.q, { placeholder: "id, title or source", size: 24 }),
      h("button", { type: "submit" }, "Search"));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      G.go("documents", undefined, Object.assign({}, state, G.formValues(form), { offset: 0 }));
    });
    root.appendChild(form);

    const data = await G.api("/api/documents", state);
    const last = Math.min(data.offset + data.documents.length, data.total);
    root.appendChild(h("p", { class: "status", id: "documents-count" },
      G.number(data.total ? data.offset + 1 : 0) + "–" + G.number(last) + " of " +
      G.number(data.total) + " documents"));
    const head = h("tr", {}, COLUMNS.map(([key, label]) => {
      const active = state.sort === key;
      const next = active && state.order === "asc" ? "desc" : "asc";
      return h("th", {}, h("a", { href: G.href("documents", undefined, Object.assign({}, state,
        { sort: key, order: next, offset: 0 })) }, label,
      active ? (state.order === "asc" ? " ▲" : " ▼") : ""));
    }));
    const body = h("tbody", {}, data.documents.map((d) => h("tr", {},
      h("td", {}, h("a", { href: G.href("document", d.doc_id) }, d.doc_id)),
      h("td", {}, d.title || ""),
      h("td", { class: "nowrap" }, d.date || ""),
      h("td", { class: "num" }, d.n_events ? h("a", { href: G.href("events", undefined,
        { doc_id: d.doc_id }) }, G.number(d.n_events)) : "0"),
      h("td", { class: "num" }, G.number(d.n_chars)))));
    root.appendChild(h("div", { class: "table-wrap" },
      h("table", { class: "data", id: "documents-table" }, h("thead", {}, head), body)));
    const go = (offset) => G.go("documents", undefined, Object.assign({}, state, { offset }));
    root.appendChild(h("div", { class: "pager" },
      h("button", { type: "button", disabled: state.offset <= 0 || undefined,
        onclick: () => go(Math.max(0, state.offset - state.limit)) }, "‹ Previous"),
      h("button", { type: "button", disabled: last >= data.total || undefined,
        onclick: () => go(state.offset + state.limit) }, "Next ›")));
  };

  G.views.document = async function (root, route) {
    const data = await G.api("/api/documents/" + encodeURIComponent(route.arg || ""));
    const d = data.document;
    root.appendChild(h("p", { class: "crumbs" }, h("a", { href: "#/documents" }, "Documents"),
      " › ", d.doc_id));
    root.appendChild(h("h1", { id: "document-title" }, d.title || d.doc_id));
    root.appendChild(h("p", { class: "muted" }, [d.date, d.source, G.number(d.n_events) +
      " events"].filter(Boolean).join(" · "), d.url ? " · " : "",
    // only http(s) links: a javascript: URL in the data must not become clickable
    d.url && /^https?:\/\//i.test(d.url) ? h("a", { href: d.url, rel: "noreferrer noopener",
      target: "_blank" }, d.url) : d.url || ""));
    const text = G.markedText(data.segments, "document-text full", (span, marks) => {
      span.classList.add("mark-evidence", "clickable");
      span.title = marks.length + " event(s): click to open";
      span.addEventListener("click", () => G.go("event", marks[0]));
    });
    root.appendChild(text);
    root.appendChild(h("h2", {}, "Events"));
    root.appendChild(G.eventList(data.events));
  };
})();
