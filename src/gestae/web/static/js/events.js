// The events view: filters, a sortable, paged table, and CSV/JSONL downloads of the filtered set.
"use strict";

(function () {
  const G = window.Gestae;
  const h = G.h;
  const FILTERS = ["source", "target", "actor", "root", "quad_class", "date_from", "date_to",
    "place", "q", "doc_id", "code", "lat_min", "lat_max", "lon_min", "lon_max"];
  const COLUMNS = [
    ["date", "Date", "date"],
    ["source", "Source", "source"],
    ["target", "Target", "target"],
    ["code", "Code", "code"],
    ["event_name", "Event", null],
    ["goldstein", "Goldstein", "goldstein"],
    ["quad_class", "Quad", "quad_class"],
    ["place", "Place", "place"],
    ["text", "Sentence", null],
  ];

  G.filterForm = function (params, onSubmit, fields) {
    const wanted = fields || ["source", "target", "root", "quad_class", "date_from", "date_to",
      "place", "q"];
    const make = {
      source: () => G.field("Source", "source", params.get("source"),
        { placeholder: "TUR", list: "actor-codes", size: 8 }),
      target: () => G.field("Target", "target", params.get("target"),
        { placeholder: "RUS", list: "actor-codes", size: 8 }),
      actor: () => G.field("Actor", "actor", params.get("actor"),
        { placeholder: "either side", list: "actor-codes", size: 8 }),
      root: () => G.select("CAMEO root", "root", params.get("root"), G.rootOptions()),
      quad_class: () => G.select("QuadClass", "quad_class", params.get("quad_class"),
        G.quadOptions()),
      date_from: () => G.field("From", "date_from", params.get("date_from"),
        { placeholder: "YYYY-MM-DD", size: 10, pattern: "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?" }),
      date_to: () => G.field("To", "date_to", params.get("date_to"),
        { placeholder: "YYYY-MM-DD", size: 10, pattern: "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?" }),
      place: () => G.field("Place", "place", params.get("place"), { size: 10 }),
      q: () => G.field("Text", "q", params.get("q"), { placeholder: "words", size: 14 }),
    };
    const form = h("form", { class: "filters", id: "filters" },
      wanted.map((name) => make[name]()),
      h("button", { type: "submit" }, "Apply"),
      h("a", { class: "button-link", href: G.href(G.route().view) }, "Clear"));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      onSubmit(G.formValues(form));
    });
    G.actorCodes(form);
    return form;
  };

  // A <datalist> of the busiest actor codes for the actor fields, asked for the first time one
  // of them gets the focus (not on every page load).
  G.actorCodes = function (form) {
    form.addEventListener("focusin", async (event) => {
      if (event.target.getAttribute("list") !== "actor-codes") return;
      if (document.getElementById("actor-codes")) return;
      const list = document.body.appendChild(h("datalist", { id: "actor-codes" }));
      try {
        const data = await G.api("/api/actors", { limit: 300 });
        for (const a of data.actors) {
          list.appendChild(h("option", { value: a.actor }, a.label || ""));
        }
      } catch (_) {
        list.remove(); // suggestions only: the fields work without them; try again later
      }
    });
  };

  G.views.events = async function (root, route) {
    const p = route.params;
    const state = {
      sort: p.get("sort") || "date",
      order: p.get("order") || "asc",
      limit: Number(p.get("limit")) || 50,
      offset: Number(p.get("offset")) || 0,
    };
    const filters = {};
    for (const name of FILTERS) if (p.get(name)) filters[name] = p.get(name);
    const go = (changes) => G.go("events", undefined, Object.assign({}, filters, state, changes));

    const request = G.api("/api/events", Object.assign({}, filters, state));
    request.catch(() => {}); // handled where awaited; this only keeps the console quiet
    await G.loadSummary();
    root.appendChild(h("h1", {}, "Events"));
    root.appendChild(G.filterForm(p, (values) =>
      G.go("events", undefined, Object.assign({}, values, { sort: state.sort,
        order: state.order, limit: state.limit }))));
    const extra = ["actor", "doc_id", "code", "lat_min", "lat_max", "lon_min", "lon_max"]
      .filter((name) => filters[name]);
    if (extra.length) {
      root.appendChild(h("p", { class: "active-filters" }, "Also filtered by ",
        extra.map((name) => h("code", {}, name + "=" + filters[name] + " "))));
    }
    const status = root.appendChild(h("p", { class: "status" }, "Loading…"));
    const data = await request;
    G.clear(status);
    const first = data.total ? data.offset + 1 : 0;
    const last = Math.min(data.offset + data.events.length, data.total);
    status.appendChild(h("span", { id: "events-count" },
      G.number(first) + "–" + G.number(last) + " of " + G.number(data.total) + " events"));
    const exportParams = Object.assign({}, filters, { sort: state.sort, order: state.order });
    status.appendChild(h("span", { class: "downloads" }, " Download: ",
      h("a", { href: G.link("/api/events/export", Object.assign({ format: "csv" }, exportParams)),
        download: "gestae-events.csv" }, "CSV"), " · ",
      h("a", { href: G.link("/api/events/export", Object.assign({ format: "jsonl" },
        exportParams)), download: "gestae-events.jsonl" }, "JSONL")));

    const head = h("tr", {}, COLUMNS.map(([key, label, sortKey]) => {
      if (!sortKey) return h("th", {}, label);
      const active = state.sort === sortKey;
      const nextOrder = active && state.order === "asc" ? "desc" : "asc";
      return h("th", { class: active ? "sorted " + state.order : "" },
        h("a", { href: G.href("events", undefined, Object.assign({}, filters, state,
          { sort: sortKey, order: nextOrder, offset: 0 })) }, label,
        active ? (state.order === "asc" ? " ▲" : " ▼") : ""));
    }));
    const body = h("tbody", {}, data.events.map((e) => {
      const open = G.href("event", e.id);
      return h("tr", { class: "event-row", "data-id": e.id },
        h("td", { class: "nowrap" }, h("a", { href: open }, e.date || "—"),
          e.date_precision && e.date_precision !== "day"
            ? h("span", { class: "muted small" }, " " + e.date_precision) : ""),
        h("td", {}, G.actorLink(e.source)),
        h("td", {}, G.actorLink(e.target)),
        h("td", {}, h("a", { href: open }, e.code)),
        h("td", {}, e.event_name),
        h("td", { class: "num" }, G.fixed(e.goldstein)),
        h("td", {}, G.quadBadge(e.quad_class)),
        h("td", {}, e.place || ""),
        h("td", { class: "sentence" }, h("a", { href: open, class: "plain" },
          e.text && e.text.length > 160 ? e.text.slice(0, 160) + "…" : e.text)));
    }));
    root.appendChild(h("div", { class: "table-wrap" },
      h("table", { class: "data", id: "events-table" }, h("thead", {}, head), body)));
    if (!data.events.length) root.appendChild(h("p", { class: "muted" }, "No events match."));

    const pager = h("div", { class: "pager" },
      h("button", { type: "button", disabled: state.offset <= 0 || undefined,
        onclick: () => go({ offset: Math.max(0, state.offset - state.limit) }) }, "‹ Previous"),
      h("button", { type: "button", disabled: last >= data.total || undefined,
        onclick: () => go({ offset: state.offset + state.limit }) }, "Next ›"),
      G.select("Rows", "limit", state.limit, [[25, "25"], [50, "50"], [100, "100"], [200, "200"]]));
    pager.querySelector("select").addEventListener("change", (event) =>
      go({ limit: event.target.value, offset: 0 }));
    root.appendChild(pager);
  };
})();
