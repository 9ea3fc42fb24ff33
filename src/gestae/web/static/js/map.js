// The map: located events as circles over the bundled Natural Earth country shapes
// (equirectangular projection; no tiles, nothing fetched from elsewhere).
"use strict";

(function () {
  const G = window.Gestae;
  const h = G.h;
  const s = G.svg;
  const WIDTH = 960;
  const NORTH = 84;
  const SOUTH = -58; // Antarctica has no events worth the room
  const HEIGHT = ((NORTH - SOUTH) / 360) * WIDTH;
  const project = (lon, lat) => [
    ((lon + 180) / 360) * WIDTH,
    ((NORTH - Math.max(SOUTH, Math.min(NORTH, lat))) / (NORTH - SOUTH)) * HEIGHT,
  ];
  let world = null;

  async function countries() {
    if (!world) {
      const topology = await G.api("/static/vendor/world-atlas/countries-110m.json");
      world = G.topojsonFeatures(topology, "countries").filter((c) => c.name !== "Antarctica");
    }
    return world;
  }

  function pathData(polygons) {
    let d = "";
    for (const polygon of polygons) {
      for (const ring of polygon) {
        let previous = null;
        ring.forEach(([lon, lat]) => {
          const [x, y] = project(lon, lat);
          // a jump across the antimeridian starts a new piece instead of a line across the map
          const jump = previous !== null && Math.abs(lon - previous) > 180;
          d += (previous === null || jump ? "M" : "L") + x.toFixed(1) + "," + y.toFixed(1);
          previous = lon;
        });
        d += "Z";
      }
    }
    return d;
  }

  G.views.map = async function (root, route) {
    const p = route.params;
    const params = {
      actor: p.get("actor") || "",
      date_from: p.get("date_from") || "",
      date_to: p.get("date_to") || "",
      quad_class: p.get("quad_class") || "",
      root: p.get("root") || "",
    };
    const request = Promise.all([countries(), G.api("/api/map", params)]);
    request.catch(() => {}); // handled where awaited
    await G.loadSummary();
    root.appendChild(h("h1", {}, "Map"));
    const form = h("form", { class: "filters", id: "map-form" },
      G.field("Actor", "actor", params.actor, { list: "actor-codes", size: 8 }),
      G.field("From", "date_from", params.date_from, { placeholder: "YYYY-MM-DD", size: 10 }),
      G.field("To", "date_to", params.date_to, { placeholder: "YYYY-MM-DD", size: 10 }),
      G.select("QuadClass", "quad_class", params.quad_class, G.quadOptions()),
      G.select("CAMEO root", "root", params.root, G.rootOptions()),
      h("button", { type: "submit" }, "Show"));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      G.go("map", undefined, G.formValues(form));
    });
    G.actorCodes(form);
    root.appendChild(form);

    const [shapes, data] = await request;
    root.appendChild(h("p", { class: "status", id: "map-status" },
      G.number(data.located_events) + " located events at " + G.number(data.points.length) +
      " places." + (data.located_events ? " Click a circle to list its events." :
        " (Events get coordinates from the geocoding stage.)")));

    const svg = s("svg", { viewBox: "0 0 " + WIDTH + " " + HEIGHT.toFixed(0), class: "chart map",
      id: "map-svg", role: "img", "aria-label": "World map of located events" });
    svg.appendChild(s("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: "sea" }));
    const land = svg.appendChild(s("g", { class: "countries" }));
    for (const country of shapes) {
      land.appendChild(s("path", { d: pathData(country.polygons), class: "country" },
        s("title", {}, country.name)));
    }
    const panel = h("aside", { class: "panel", id: "place-panel" },
      h("p", { class: "muted" }, "Click a place."));
    const maxEvents = Math.max(1, ...data.points.map((pt) => pt.events));
    const dots = svg.appendChild(s("g", { class: "points" }));
    // biggest first, so small places stay clickable on top
    for (const pt of data.points.slice().sort((a, b) => b.events - a.events)) {
      const [x, y] = project(pt.lon, pt.lat);
      const conflict = pt.conflict / pt.events;
      const dot = s("circle", { cx: x, cy: y, r: 3 + 12 * Math.sqrt(pt.events / maxEvents),
        class: "point " + (conflict > 0.5 ? "conflict" : "cooperation"), tabindex: "0" },
      s("title", {}, (pt.place || "?") + ": " + G.count(pt.events, "event")));
      dot.addEventListener("click", () => showPlace(pt, dot));
      dots.appendChild(dot);
    }

    async function showPlace(pt, dot) {
      for (const other of dots.querySelectorAll(".selected")) other.classList.remove("selected");
      dot.classList.add("selected");
      G.clear(panel);
      panel.appendChild(h("h2", {}, pt.place || G.fixed(pt.lat, 3) + ", " + G.fixed(pt.lon, 3)));
      const box = { lat_min: Math.max(-90, pt.lat - 0.0006), lat_max: Math.min(90, pt.lat + 0.0006),
        lon_min: Math.max(-180, pt.lon - 0.0006), lon_max: Math.min(180, pt.lon + 0.0006) };
      const filter = Object.assign({}, params, box);
      try {
        const list = await G.api("/api/events", Object.assign({ limit: 20 }, filter));
        panel.appendChild(h("p", {}, G.count(list.total, "event") + ". ",
          h("a", { href: G.href("events", undefined, filter) }, "All in the table")));
        panel.appendChild(h("ul", { class: "event-list" }, list.events.map((e) =>
          h("li", {}, h("a", { href: G.href("event", e.id) }, (e.date || "—") + " " + e.source +
            " → " + e.target + ": " + e.event_name)))));
      } catch (error) {
        G.error(panel, error);
      }
    }
    root.appendChild(h("div", { class: "split" }, h("div", { class: "chart-wrap" }, svg), panel));
  };
})();
