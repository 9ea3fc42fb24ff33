// The network: actors and the events between them, laid out by a small force simulation.
// Click an actor to light up its ties and list its events.
"use strict";

(function () {
  const G = window.Gestae;
  const h = G.h;
  const s = G.svg;

  // Springs on edges, repulsion between every pair, a pull to the centre; deterministic start
  // positions (a circle) so the same data always gives the same picture.
  G.forceLayout = function (nodes, edges, width, height) {
    const n = nodes.length;
    const index = new Map(nodes.map((node, i) => [node.id, i]));
    const pos = nodes.map((_, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, n);
      return { x: width / 2 + (width / 3) * Math.cos(angle),
        y: height / 2 + (height / 3) * Math.sin(angle) };
    });
    const links = edges
      .filter((e) => index.has(e.source) && index.has(e.target) && e.source !== e.target)
      .map((e) => [index.get(e.source), index.get(e.target)]);
    const ideal = Math.sqrt((width * height) / Math.max(1, n)) * 0.6;
    for (let step = 0; step < 300; step++) {
      const heat = 1 - step / 300;
      const force = pos.map(() => ({ x: 0, y: 0 }));
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let dx = pos[i].x - pos[j].x;
          let dy = pos[i].y - pos[j].y;
          const d2 = Math.max(dx * dx + dy * dy, 1);
          const push = (ideal * ideal) / d2;
          dx *= push / Math.sqrt(d2);
          dy *= push / Math.sqrt(d2);
          force[i].x += dx; force[i].y += dy;
          force[j].x -= dx; force[j].y -= dy;
        }
      }
      for (const [a, b] of links) {
        const dx = pos[b].x - pos[a].x;
        const dy = pos[b].y - pos[a].y;
        const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
        const pull = (d - ideal) / d * 0.5;
        force[a].x += dx * pull; force[a].y += dy * pull;
        force[b].x -= dx * pull; force[b].y -= dy * pull;
      }
      for (let i = 0; i < n; i++) {
        force[i].x += (width / 2 - pos[i].x) * 0.05;
        force[i].y += (height / 2 - pos[i].y) * 0.05;
        const len = Math.sqrt(force[i].x ** 2 + force[i].y ** 2) || 1;
        const move = Math.min(len, 20 * heat + 1);
        pos[i].x += (force[i].x / len) * move;
        pos[i].y += (force[i].y / len) * move;
      }
    }
    // stretch the result over the whole drawing, keeping its proportions
    const pad = 50;
    const xs = pos.map((p) => p.x);
    const ys = pos.map((p) => p.y);
    const minX = Math.min(...xs);
    const minY = Math.min(...ys);
    const spanX = Math.max(...xs) - minX || 1;
    const spanY = Math.max(...ys) - minY || 1;
    const scale = Math.min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY);
    const offsetX = (width - spanX * scale) / 2;
    const offsetY = (height - spanY * scale) / 2;
    return pos.map((p) => ({ x: offsetX + (p.x - minX) * scale,
      y: offsetY + (p.y - minY) * scale }));
  };

  function edgeColor(edge) {
    const total = edge.cooperation + edge.conflict;
    if (!total) return "#999";
    const conflict = edge.conflict / total;
    return conflict > 0.6 ? "#c62828" : conflict < 0.4 ? "#2e7d32" : "#9e7b3c";
  }

  G.views.network = async function (root, route) {
    const p = route.params;
    const params = {
      date_from: p.get("date_from") || "",
      date_to: p.get("date_to") || "",
      quad_class: p.get("quad_class") || "",
      root: p.get("root") || "",
      level: p.get("level") || "code",
      max_nodes: p.get("max_nodes") || "40",
    };
    const request = G.api("/api/network", params);
    request.catch(() => {}); // handled where awaited
    await G.loadSummary();
    root.appendChild(h("h1", {}, "Network"));
    const form = h("form", { class: "filters", id: "network-form" },
      G.field("From", "date_from", params.date_from, { placeholder: "YYYY-MM-DD", size: 10 }),
      G.field("To", "date_to", params.date_to, { placeholder: "YYYY-MM-DD", size: 10 }),
      G.select("QuadClass", "quad_class", params.quad_class, G.quadOptions()),
      G.select("CAMEO root", "root", params.root, G.rootOptions()),
      G.select("Actors by", "level", params.level, [["code", "code"], ["country", "country"]]),
      G.select("Show", "max_nodes", params.max_nodes,
        [["20", "20 actors"], ["40", "40 actors"], ["80", "80 actors"], ["150", "150 actors"]]),
      h("button", { type: "submit" }, "Show"));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      G.go("network", undefined, G.formValues(form));
    });
    root.appendChild(form);

    const data = await request;
    root.appendChild(h("p", { class: "status", id: "network-status" },
      data.nodes.length + " of " + data.actors_total + " actors, " + data.edges.length +
      " ties. Click an actor to see its events."));
    if (!data.nodes.length) {
      root.appendChild(h("p", { class: "muted" }, "No events for this selection."));
      return;
    }
    const width = 900;
    const height = 600;
    const pos = G.forceLayout(data.nodes, data.edges, width, height);
    const at = new Map(data.nodes.map((node, i) => [node.id, pos[i]]));
    const maxEvents = Math.max(...data.nodes.map((node) => node.events));
    const maxEdge = Math.max(...data.edges.map((e) => e.events), 1);

    const svg = s("svg", { viewBox: "0 0 " + width + " " + height, class: "chart network",
      id: "network-svg", role: "img", "aria-label": "Actor network" });
    svg.appendChild(s("defs", {}, s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "10",
      refY: "5", markerWidth: "9", markerHeight: "9", markerUnits: "userSpaceOnUse",
      orient: "auto-start-reverse" },
    s("path", { d: "M 0 0 L 10 5 L 0 10 z", class: "arrowhead" }))));
    const edgeLayer = svg.appendChild(s("g", { class: "edges" }));
    const nodeLayer = svg.appendChild(s("g", { class: "nodes" }));
    const radius = (node) => 5 + 18 * Math.sqrt(node.events / maxEvents);
    const byId = new Map(data.nodes.map((node) => [node.id, node]));

    const edgeElements = data.edges.map((e) => {
      const a = at.get(e.source);
      const b = at.get(e.target);
      let line;
      if (e.source === e.target) {
        line = s("circle", { cx: a.x, cy: a.y - radius(byId.get(e.source)) - 6, r: 6,
          class: "edge self", stroke: edgeColor(e) });
      } else {
        // stop the arrow at the target's rim
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
        const r = radius(byId.get(e.target)) + 2;
        line = s("line", { x1: a.x, y1: a.y, x2: b.x - (dx / d) * r, y2: b.y - (dy / d) * r,
          class: "edge", stroke: edgeColor(e), "stroke-width": 1 + 5 * (e.events / maxEdge),
          "marker-end": "url(#arrow)" });
      }
      line.appendChild(s("title", {}, e.source + " → " + e.target + ": " + e.events +
        " events (" + e.cooperation + " cooperation, " + e.conflict + " conflict), Goldstein sum " +
        G.fixed(e.goldstein)));
      line.dataset.source = e.source;
      line.dataset.target = e.target;
      edgeLayer.appendChild(line);
      return line;
    });

    const panel = h("aside", { class: "panel", id: "actor-panel" },
      h("p", { class: "muted" }, "Click an actor."));
    async function select(node, element) {
      for (const other of nodeLayer.querySelectorAll(".node")) other.classList.remove("selected");
      element.classList.add("selected");
      for (const line of edgeElements) {
        const touches = line.dataset.source === node.id || line.dataset.target === node.id;
        line.classList.toggle("dim", !touches);
      }
      G.clear(panel);
      const filter = { actor: node.id, date_from: params.date_from, date_to: params.date_to,
        quad_class: params.quad_class, root: params.root };
      panel.appendChild(h("h2", {}, node.id));
      if (node.label) panel.appendChild(h("p", {}, node.label));
      panel.appendChild(h("p", {}, G.count(node.events, "event") + " as source or target. ",
        h("a", { href: G.href("events", undefined, filter) }, "All in the table")));
      try {
        const list = await G.api("/api/events", Object.assign({ limit: 15, sort: "date",
          order: "desc" }, filter));
        panel.appendChild(h("ul", { class: "event-list" }, list.events.map((e) =>
          h("li", {}, h("a", { href: G.href("event", e.id) }, (e.date || "—") + " " + e.source +
            " → " + e.target + ": " + e.event_name)))));
      } catch (error) {
        G.error(panel, error);
      }
    }

    for (const node of data.nodes) {
      const p = at.get(node.id);
      const group = s("g", { class: "node", tabindex: "0", "data-id": node.id,
        transform: "translate(" + p.x + "," + p.y + ")" },
      s("circle", { r: radius(node) }),
      s("text", { y: -radius(node) - 4, class: "node-label" }, node.id),
      s("title", {}, (node.label ? node.label + " (" + node.id + ")" : node.id) + ": " +
        node.events + " events"));
      group.addEventListener("click", () => select(node, group));
      group.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") select(node, group);
      });
      nodeLayer.appendChild(group);
    }
    root.appendChild(h("div", { class: "split" }, h("div", { class: "chart-wrap" }, svg), panel));
  };
})();
