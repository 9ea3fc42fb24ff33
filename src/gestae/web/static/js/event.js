// One event: its evidence in the document, its code, attribution and stance, and (when the
// analysis stage has run) the other mentions of its cluster and any contradictions.
"use strict";

(function () {
  const G = window.Gestae;
  const h = G.h;

  // Document text as spans; marks become classes (mark-source, mark-target...).
  G.markedText = function (segments, className, onMark) {
    const block = h("div", { class: className });
    for (const segment of segments) {
      if (!segment.marks.length) {
        block.appendChild(document.createTextNode(segment.text));
        continue;
      }
      const span = h("span", {}, segment.text);
      if (onMark) onMark(span, segment.marks);
      block.appendChild(span);
    }
    return block;
  };

  function row(label, ...value) {
    return [h("dt", {}, label), h("dd", {}, ...value)];
  }

  function attributionItem(item) {
    if (item === null || typeof item !== "object") return h("li", {}, String(item));
    if (item.who !== undefined) {
      // the attribution stage's {who, code, kind}
      return h("li", {}, h("strong", {}, String(item.who)),
        item.code ? [" ", G.actorLink(item.code)] : "",
        item.kind && item.kind !== item.who
          ? h("span", { class: "muted" }, " (" + item.kind + ")") : "");
    }
    return h("li", {}, Object.entries(item).map(([key, value]) =>
      h("span", { class: "kv" }, h("span", { class: "muted" }, key + ": "),
        typeof value === "object" ? JSON.stringify(value) : String(value), " ")));
  }

  G.eventList = function (events) {
    if (!events || !events.length) return h("p", { class: "muted" }, "None.");
    return h("table", { class: "data compact" },
      h("thead", {}, h("tr", {}, ["Date", "Source", "Target", "Code", "Event", "Stance",
        "Sentence"].map((t) => h("th", {}, t)))),
      h("tbody", {}, events.map((e) => h("tr", {},
        h("td", { class: "nowrap" }, h("a", { href: G.href("event", e.id) }, e.date || "—")),
        h("td", {}, G.actorLink(e.source)),
        h("td", {}, G.actorLink(e.target)),
        h("td", {}, e.code),
        h("td", {}, e.event_name),
        h("td", {}, e.stance || ""),
        h("td", { class: "sentence" }, e.text || "")))));
  };

  G.views.event = async function (root, route) {
    const data = await G.api("/api/events/" + encodeURIComponent(route.arg || ""));
    const e = data.event;
    const cameo = data.cameo || {};
    root.appendChild(h("p", { class: "crumbs" }, h("a", { href: "#/events" }, "Events"), " › ",
      h("a", { href: G.href("document", e.doc_id) }, e.doc_id)));
    root.appendChild(h("h1", { id: "event-title" }, e.source + " → " + e.target + ": " + e.code +
      " " + (cameo.name || e.event_name)));

    const facts = h("dl", { class: "facts" },
      row("Date", e.date || "unknown", e.date_precision ? " (" + e.date_precision + ")" : ""),
      row("Source", G.actorLink(e.source), " ", data.source_label || "", " — “",
        h("span", { class: "mark-source" }, e.source_text || ""), "”"),
      row("Target", G.actorLink(e.target), " ", data.target_label || "", " — “",
        h("span", { class: "mark-target" }, e.target_text || ""), "”"),
      row("CAMEO", h("strong", {}, e.code), " ", cameo.name || e.event_name,
        cameo.root_name ? h("span", { class: "muted" }, " (root " + cameo.root + " " +
          cameo.root_name + ")") : ""),
      row("Goldstein", h("span", { id: "goldstein" }, G.fixed(e.goldstein))),
      row("QuadClass", G.quadBadge(e.quad_class), " ", G.quadNames[e.quad_class] || ""),
      row("PLOVER", e.plover || "—"),
      row("Place", e.place || "—", e.lat !== null && e.lat !== undefined
        ? h("span", { class: "muted" }, " (" + G.fixed(e.lat, 3) + ", " + G.fixed(e.lon, 3) + ")")
        : ""),
      row("Confidence", G.fixed(e.confidence, 2)),
      row("Rule", h("code", { class: "rule" }, e.rule || "")));
    root.appendChild(facts);

    // According to whom, and how the author stands.
    const attribution = h("section", { id: "attribution" }, h("h2", {}, "Attribution and stance"));
    const chain = Array.isArray(e.attribution) ? e.attribution : e.attribution ? [e.attribution]
      : [];
    if (!chain.length && !e.voice && !e.stance) {
      attribution.appendChild(h("p", { class: "muted" },
        "Not attributed: the attribution stage has not filled these fields for this event."));
    } else {
      attribution.appendChild(h("dl", { class: "facts" },
        row("According to", chain.length ? h("ol", { class: "chain" }, chain.map(attributionItem))
          : "—"),
        row("Voice", e.voice || "—"),
        row("Stance", e.stance || "—"),
        row("Evidence", e.stance_evidence || "—")));
    }
    root.appendChild(attribution);

    const evidence = h("section", { id: "evidence" }, h("h2", {}, "Evidence"),
      h("p", { class: "legend" },
        h("span", { class: "mark-sentence" }, "sentence"), " ",
        h("span", { class: "mark-evidence" }, "evidence"), " ",
        h("span", { class: "mark-source" }, "source"), " ",
        h("span", { class: "mark-target" }, "target")));
    const doc = data.document || {};
    evidence.appendChild(h("p", { class: "muted" }, (doc.title || doc.doc_id || "") +
      (doc.date ? " · " + doc.date : "") + (doc.source ? " · " + doc.source : "")));
    const text = G.markedText(data.segments, "document-text", (span, marks) => {
      for (const mark of marks) span.classList.add("mark-" + mark);
    });
    evidence.appendChild(text);
    root.appendChild(evidence);
    // The text box scrolls by itself (position: relative), so offsetTop is inside it.
    const first = text.querySelector(".mark-sentence");
    if (first) text.scrollTop = Math.max(0, first.offsetTop - 60);

    if (data.features.clusters) {
      const cluster = data.cluster || { members: [] };
      root.appendChild(h("section", { id: "cluster" },
        h("h2", {}, "Other mentions of this event"),
        cluster.cluster_id === null || cluster.cluster_id === undefined
          ? h("p", { class: "muted" }, "This event is in no cluster.")
          : h("p", { class: "muted" }, "Cluster " + cluster.cluster_id + ": " +
            cluster.members.length + " other mention(s)."),
        G.eventList(cluster.members)));
    }
    if (data.features.contradictions) {
      const section = h("section", { id: "contradictions" }, h("h2", {}, "Contradictions"));
      const items = data.contradictions || [];
      if (!items.length) section.appendChild(h("p", { class: "muted" }, "None recorded."));
      for (const item of items) {
        const facts = Object.entries(item).filter(([key]) => key !== "other_events");
        section.appendChild(h("div", { class: "contradiction" },
          h("p", {}, facts.map(([key, value]) => h("span", { class: "kv" },
            h("span", { class: "muted" }, key + ": "),
            typeof value === "object" && value !== null ? JSON.stringify(value) : String(value),
            " "))),
          G.eventList(item.other_events)));
      }
      root.appendChild(section);
    }
  };
})();
