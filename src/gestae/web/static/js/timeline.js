// The timeline: a dyad's cooperation (up) and conflict (down) per period, with the Goldstein sum.
"use strict";

(function () {
  const G = window.Gestae;
  const h = G.h;
  const s = G.svg;
  const QUAD_COLORS = { 1: "#8cc084", 2: "#2e7d32", 3: "#f0a04b", 4: "#c62828" };

  function addPeriod(date, interval) {
    const d = new Date(date.getTime());
    if (interval === "day") d.setUTCDate(d.getUTCDate() + 1);
    else if (interval === "week") d.setUTCDate(d.getUTCDate() + 7);
    else if (interval === "month") d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCFullYear(d.getUTCFullYear() + 1);
    return d;
  }

  function label(period, interval) {
    if (interval === "year") return period.slice(0, 4);
    if (interval === "month") return period.slice(0, 7);
    return period.slice(0, 10);
  }

  // Periods with no events are drawn as gaps, not left out (up to a sane number of periods).
  function fill(series, interval) {
    if (series.length < 2) return series;
    const byPeriod = new Map(series.map((p) => [p.period.slice(0, 10), p]));
    const out = [];
    let d = new Date(series[0].period.slice(0, 10) + "T00:00:00Z");
    const end = new Date(series[series.length - 1].period.slice(0, 10) + "T00:00:00Z");
    while (d <= end && out.length < 3000) {
      const key = d.toISOString().slice(0, 10);
      out.push(byPeriod.get(key) ||
        { period: key, events: 0, q1: 0, q2: 0, q3: 0, q4: 0, goldstein: 0 });
      d = addPeriod(d, interval);
    }
    return out.length < 3000 ? out : series;
  }

  G.timelineChart = function (series, interval) {
    const width = 960;
    const height = 380;
    const margin = { top: 20, right: 90, bottom: 30, left: 50 };
    const plotW = width - margin.left - margin.right;
    const plotH = height - margin.top - margin.bottom;
    const up = Math.max(1, ...series.map((p) => p.q1 + p.q2));
    const down = Math.max(1, ...series.map((p) => p.q3 + p.q4));
    const zero = margin.top + (plotH * up) / (up + down);
    const perEvent = plotH / (up + down);
    const band = plotW / Math.max(1, series.length);
    const svg = s("svg", { viewBox: "0 0 " + width + " " + height, class: "chart",
      role: "img", "aria-label": "Events per " + interval + " by QuadClass" });

    // axes and grid
    svg.appendChild(s("line", { x1: margin.left, x2: width - margin.right, y1: zero, y2: zero,
      class: "axis" }));
    for (const [value, y] of [[up, margin.top], [-down, margin.top + plotH]]) {
      svg.appendChild(s("line", { x1: margin.left, x2: width - margin.right, y1: y, y2: y,
        class: "grid" }));
      svg.appendChild(s("text", { x: margin.left - 6, y: y + 4, class: "tick end" },
        G.compact(Math.abs(value)).replace(/\.0$/, "")));
    }
    svg.appendChild(s("text", { x: margin.left - 6, y: zero + 4, class: "tick end" }, "0"));

    const every = Math.max(1, Math.ceil(series.length / 12));
    series.forEach((p, i) => {
      const x = margin.left + i * band;
      const w = Math.max(1, Math.min(band * 0.8, 48));
      const group = s("g", { class: "period" });
      let y = zero;
      for (const q of [1, 2]) {
        const hgt = p["q" + q] * perEvent;
        if (hgt > 0) group.appendChild(s("rect", { x, y: y - hgt, width: w, height: hgt,
          fill: QUAD_COLORS[q], class: "bar q" + q }));
        y -= hgt;
      }
      y = zero;
      for (const q of [3, 4]) {
        const hgt = p["q" + q] * perEvent;
        if (hgt > 0) group.appendChild(s("rect", { x, y, width: w, height: hgt,
          fill: QUAD_COLORS[q], class: "bar q" + q }));
        y += hgt;
      }
      // an invisible full-height band carries the tooltip
      group.appendChild(s("rect", { x, y: margin.top, width: band, height: plotH,
        class: "hover" }, s("title", {}, label(p.period, interval) + ": " + p.events +
        " events\n" + [1, 2, 3, 4].map((q) => G.quadNames[q] + ": " + p["q" + q]).join("\n") +
        "\nGoldstein sum: " + G.fixed(p.goldstein))));
      svg.appendChild(group);
      if (i % every === 0) {
        svg.appendChild(s("text", { x: x + Math.min(band * 0.4, 24),
          y: height - margin.bottom + 16, class: "tick middle" }, label(p.period, interval)));
      }
    });

    svg.appendChild(s("text", { x: width - margin.right + 8, y: margin.top + 12, class: "tick" },
      "↑ cooperation"));
    svg.appendChild(s("text", { x: width - margin.right + 8, y: margin.top + plotH - 4,
      class: "tick" }, "↓ conflict"));
    return svg;
  };

  // The Goldstein sum per period: a second, smaller chart with its own zero line.
  G.goldsteinChart = function (series, interval) {
    const width = 960;
    const height = 150;
    const margin = { top: 12, right: 90, bottom: 24, left: 50 };
    const plotW = width - margin.left - margin.right;
    const plotH = height - margin.top - margin.bottom;
    const gMax = Math.max(1, ...series.map((p) => Math.abs(p.goldstein)));
    const band = plotW / Math.max(1, series.length);
    const zero = margin.top + plotH / 2;
    const y = (g) => zero - (g / gMax) * (plotH / 2);
    const svg = s("svg", { viewBox: "0 0 " + width + " " + height, class: "chart goldstein",
      role: "img", "aria-label": "Goldstein sum per " + interval });
    svg.appendChild(s("line", { x1: margin.left, x2: width - margin.right, y1: zero, y2: zero,
      class: "axis" }));
    for (const value of [gMax, -gMax]) {
      svg.appendChild(s("text", { x: margin.left - 6, y: y(value) + 4, class: "tick end" },
        (value > 0 ? "+" : "") + G.compact(value)));
    }
    svg.appendChild(s("text", { x: margin.left - 6, y: zero + 4, class: "tick end" }, "0"));
    svg.appendChild(s("text", { x: width - margin.right + 8, y: margin.top + 10, class: "tick" },
      "Goldstein sum"));
    const points = series.map((p, i) => (margin.left + i * band + Math.min(band * 0.4, 24)) + "," +
      y(p.goldstein));
    svg.appendChild(s("polyline", { points: points.join(" "), class: "goldstein-line" }));
    series.forEach((p, i) => {
      if (p.events && series.length <= 150) { // dots only where they stay apart
        svg.appendChild(s("circle", { cx: margin.left + i * band + Math.min(band * 0.4, 24),
          cy: y(p.goldstein),
          r: 2.5, class: p.goldstein < 0 ? "dot conflict" : "dot cooperation" },
        s("title", {}, label(p.period, interval) + ": Goldstein sum " + G.fixed(p.goldstein))));
      }
    });
    return svg;
  };

  function legend() {
    return h("p", { class: "legend" },
      [1, 2, 3, 4].map((q) => h("span", { class: "swatch-item" },
        h("span", { class: "swatch q" + q }), G.quadNames[q] + " ")),
      h("span", { class: "swatch-item" }, h("span", { class: "swatch line" }),
        "Goldstein sum (lower chart)"));
  }

  G.views.timeline = async function (root, route) {
    const p = route.params;
    const params = {
      source: p.get("source") || "",
      target: p.get("target") || "",
      interval: p.get("interval") || "month",
      both_directions: p.get("both_directions") !== "false",
      date_from: p.get("date_from") || "",
      date_to: p.get("date_to") || "",
      quad_class: p.get("quad_class") || "",
    };
    const dyadsRequest = G.api("/api/dyads", { limit: 12, date_from: params.date_from,
      date_to: params.date_to });
    const request = G.api("/api/timeline", Object.assign({}, params,
      { both_directions: params.both_directions ? "true" : "false" }));
    request.catch(() => {}); // handled where awaited
    root.appendChild(h("h1", {}, "Timeline"));
    const form = h("form", { class: "filters", id: "timeline-form" },
      G.field("Source", "source", params.source, { list: "actor-codes", size: 8 }),
      G.field("Target", "target", params.target, { list: "actor-codes", size: 8 }),
      h("label", { class: "field checkbox" }, h("input", { type: "checkbox",
        name: "both_directions", checked: params.both_directions || undefined }),
      h("span", {}, "both directions")),
      G.select("Per", "interval", params.interval,
        [["day", "day"], ["week", "week"], ["month", "month"], ["year", "year"]]),
      G.field("From", "date_from", params.date_from, { placeholder: "YYYY-MM-DD", size: 10 }),
      G.field("To", "date_to", params.date_to, { placeholder: "YYYY-MM-DD", size: 10 }),
      h("button", { type: "submit" }, "Show"));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const values = G.formValues(form);
      values.both_directions = values.both_directions ? "" : "false";
      G.go("timeline", undefined, values);
    });
    G.actorCodes(form);
    root.appendChild(form);

    const dyads = await dyadsRequest;
    root.appendChild(h("p", { class: "chips" }, h("span", { class: "muted" }, "Busiest dyads: "),
      dyads.dyads.map((d) => h("a", { class: "chip", href: G.href("timeline", undefined,
        Object.assign({}, params, { source: d.source, target: d.target,
          both_directions: params.both_directions ? "" : "false" })) },
      d.source + " → " + d.target + " (" + d.events + ")"))));

    const data = await request;
    const who = params.source || params.target
      ? (params.source || "anyone") + (params.both_directions ? " ↔ " : " → ") +
        (params.target || "anyone")
      : "all events";
    const total = data.series.reduce((n, p) => n + p.events, 0);
    root.appendChild(h("p", { class: "status", id: "timeline-status" }, who + ": " +
      G.number(total) + " dated events per " + data.interval +
      (data.undated ? ", " + G.number(data.undated) + " without a usable date" : "")));
    if (!data.series.length) {
      root.appendChild(h("p", { class: "muted" }, "No dated events for this selection."));
      return;
    }
    root.appendChild(legend());
    const series = fill(data.series, data.interval);
    root.appendChild(h("div", { class: "chart-wrap", id: "timeline-chart" },
      G.timelineChart(series, data.interval), G.goldsteinChart(series, data.interval)));
    root.appendChild(h("p", {}, h("a", { href: G.href("events", undefined, {
      source: params.source, target: params.target, date_from: params.date_from,
      date_to: params.date_to }) }, "These events in the table")));
  };
})();
