// gestae's page: shared helpers (API calls, DOM building, routing). Plain JS, no build step.
// Data never goes through innerHTML: every text is set with textContent or a text node.
"use strict";

(function () {
  const G = (window.Gestae = window.Gestae || {});
  G.views = G.views || {};

  // The page may have been opened with ?token=...; every API call passes it on.
  const token = new URLSearchParams(window.location.search).get("token");

  function apiUrl(path, params) {
    const url = new URL(path, window.location.origin);
    for (const [key, value] of Object.entries(params || {})) {
      if (value !== undefined && value !== null && value !== "" && value !== false) {
        url.searchParams.set(key, value);
      }
    }
    return url;
  }

  // A link the browser follows by itself (downloads): the token goes in the query string.
  G.link = function (path, params) {
    const url = apiUrl(path, params);
    if (token) url.searchParams.set("token", token);
    return url.pathname + url.search;
  };

  G.errorText = function (detail) {
    if (typeof detail === "string") return detail;
    if (Array.isArray(detail)) {
      return detail
        .map((d) => (d.loc ? d.loc.slice(1).join(".") + ": " : "") + (d.msg || ""))
        .join("; ");
    }
    return JSON.stringify(detail);
  };

  G.api = async function (path, params) {
    const url = apiUrl(path, params);
    const headers = token ? { Authorization: "Bearer " + token } : {};
    const response = await fetch(url.pathname + url.search, { headers });
    if (!response.ok) {
      let message = response.status + " " + response.statusText;
      try {
        message = G.errorText((await response.json()).detail);
      } catch (_) {
        // not JSON: keep the status line
      }
      throw new Error(message);
    }
    return response.json();
  };

  // h("a", {href: "#", class: "x", onclick: f}, "text", child...) -> element
  function build(element, attrs, children) {
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key.startsWith("on")) element.addEventListener(key.slice(2), value);
      else if (key === "text") element.textContent = String(value);
      else element.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      element.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
  }
  G.h = (tag, attrs, ...children) => build(document.createElement(tag), attrs, children);
  G.svg = (tag, attrs, ...children) =>
    build(document.createElementNS("http://www.w3.org/2000/svg", tag), attrs, children);

  G.clear = function (element) {
    while (element.firstChild) element.removeChild(element.firstChild);
    return element;
  };

  G.number = (n) => (n === null || n === undefined ? "" : Number(n).toLocaleString("en-US"));
  // 10656 -> "10.7k": short enough for a chart's tick label
  G.compact = (n) =>
    Math.abs(n) >= 1000 ? (n / 1000).toFixed(Math.abs(n) >= 10000 ? 0 : 1) + "k" : G.fixed(n, 1);
  G.count = (n, word) => G.number(n) + " " + word + (Number(n) === 1 ? "" : "s");
  G.fixed = (n, digits) => (n === null || n === undefined ? "" : Number(n).toFixed(digits ?? 1));
  G.quadNames = {
    1: "Verbal cooperation",
    2: "Material cooperation",
    3: "Verbal conflict",
    4: "Material conflict",
  };

  G.error = function (root, error) {
    root.appendChild(G.h("p", { class: "error", role: "alert" }, String(error.message || error)));
  };

  // -- routing: #/view/arg?key=value ------------------------------------------------------------
  G.route = function () {
    const hash = window.location.hash.replace(/^#\/?/, "");
    const [path, query] = hash.split("?", 2);
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    return { view: parts[0] || "events", arg: parts[1], params: new URLSearchParams(query || "") };
  };

  G.href = function (view, arg, params) {
    let out = "#/" + view + (arg !== undefined ? "/" + encodeURIComponent(arg) : "");
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params || {})) {
      if (value !== undefined && value !== null && value !== "" && value !== false) {
        query.set(key, value);
      }
    }
    const text = query.toString();
    return text ? out + "?" + text : out;
  };

  G.go = function (view, arg, params) {
    window.location.hash = G.href(view, arg, params);
  };

  // The values of a form's named fields, empty ones left out.
  G.formValues = function (form) {
    const out = {};
    for (const element of form.elements) {
      if (!element.name) continue;
      if (element.type === "checkbox") out[element.name] = element.checked ? "true" : "";
      else if (element.value.trim() !== "") out[element.name] = element.value.trim();
    }
    return out;
  };

  G.field = function (label, name, value, attrs) {
    return G.h(
      "label",
      { class: "field" },
      G.h("span", {}, label),
      G.h("input", Object.assign({ name, value: value || "", type: "text" }, attrs || {}))
    );
  };

  G.select = function (label, name, value, options) {
    const select = G.h("select", { name });
    for (const [optionValue, text] of options) {
      const option = G.h("option", { value: optionValue }, text);
      if (String(optionValue) === String(value || "")) option.selected = true;
      select.appendChild(option);
    }
    return G.h("label", { class: "field" }, G.h("span", {}, label), select);
  };

  // One request for the summary however many parts of the page ask for it at once.
  G.summary = null;
  let summaryRequest = null;
  G.loadSummary = function () {
    if (!summaryRequest) {
      summaryRequest = G.api("/api/summary").then((summary) => (G.summary = summary));
      summaryRequest.catch(() => (summaryRequest = null));
    }
    return summaryRequest;
  };

  G.rootOptions = function () {
    const roots = (G.summary && G.summary.roots) || [];
    return [["", "any"]].concat(roots.map((r) => [r.root, r.root + " " + r.name]));
  };
  G.quadOptions = function () {
    return [["", "any"]].concat(Object.entries(G.quadNames).map(([k, v]) => [k, k + " " + v]));
  };

  G.actorLink = function (code, label) {
    if (!code) return G.h("span", { class: "muted" }, "—");
    return G.h(
      "a",
      { href: G.href("events", undefined, { actor: code }), title: label || code, class: "actor" },
      code
    );
  };

  G.quadBadge = function (quad) {
    if (!quad) return G.h("span", {}, "");
    return G.h("span", { class: "quad q" + quad, title: G.quadNames[quad] }, String(quad));
  };
})();
