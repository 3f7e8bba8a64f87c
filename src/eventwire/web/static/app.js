// The analysts' page: map, timeline, filters and table of events; an event page with the toll
// history, the claims side by side, the reports with their evidence highlighted, and corrections.
// Every request goes to this server; report text is inserted as text, never as HTML.
"use strict";

const API = "/api/v1";
const PAGE_SIZE = 50;
const FETCH_PAGE = 1000;
const TYPE_COLOURS = {
  "Battles": "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  "Protests": "#27ae60",
  "Riots": "#795548",
  "Strategic developments": "#7f8c8d",
  "Untyped": "#b0b0b0",
};
const SVG_NS = "http://www.w3.org/2000/svg";

const state = { facets: null, events: [], sort: { key: "date", descending: true }, page: 0, map: null,
  markers: null, basemap: null };

// -- small helpers -----------------------------------------------------------------------------

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children.flat()) if (child) node.append(child);
  return node;
}

function token() {
  return localStorage.getItem("eventwire-token") || "";
}

async function api(path, options = {}) {
  const headers = { Accept: "application/json", ...(options.headers || {}) };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  // Writes always need the token; reads need it too when the server is not on loopback.
  if (token()) headers.Authorization = `Bearer ${token()}`;
  const response = await fetch(API + path, {
    method: options.method || "GET",
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const payload = await response.json().catch(() => ({}));
  if (!response.ok) {
    const message = payload.error ? `${payload.error.code}: ${payload.error.message}` : `HTTP ${response.status}`;
    throw new Error(message);
  }
  return payload;
}

// Only web addresses become links. A report's url comes from the report itself (a feed, a batch
// line, an API client): a "javascript:" one would run in this page when clicked (only the CSP stops
// it), a "data:" or "file:" one would show content of someone else's choosing. Anything else is text.
function webLink(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;  // not an absolute address ("/api/v1/events"): shown as text
  }
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
}

function showStatus(message, isError = false) {
  const box = document.getElementById("status");
  box.textContent = message;
  box.className = isError ? "status error" : "status";
  box.hidden = !message;
}

function range(best, low, high) {
  if (best === null || best === undefined) return "–";
  return low === high || low === null ? String(best) : `${best} (${low}–${high})`;
}

function figure(claim) {
  if (claim.value !== null && claim.value !== undefined) return String(claim.value);
  if (claim.low !== null && claim.low !== undefined) return `${claim.low}–${claim.high ?? "?"}`;
  return claim.vague ? `“${claim.vague}” (no number)` : "?";
}

function typeColour(type) {
  return TYPE_COLOURS[type] || TYPE_COLOURS.Untyped;
}

// -- filters -------------------------------------------------------------------------------------

function filterQuery() {
  const form = new FormData(document.getElementById("filters"));
  const query = new URLSearchParams();
  for (const [name, value] of form.entries()) if (value !== "") query.set(name, value);
  return query;
}

function setFilters(query) {
  const form = document.getElementById("filters");
  for (const input of form.querySelectorAll("input, select")) {
    if (input.type === "checkbox") input.checked = query.get(input.name) === "true";
    else input.value = query.get(input.name) || "";
  }
}

async function loadFacets() {
  if (state.facets) return state.facets;
  state.facets = await api("/facets");
  const countries = document.getElementById("filter-country");
  for (const country of state.facets.countries) {
    countries.append(el("option", { value: country.code, text: `${country.code} (${country.events})` }));
  }
  const types = document.getElementById("filter-type");
  for (const [eventType, subTypes] of Object.entries(state.facets.acled_types)) {
    types.append(el("option", { value: eventType, text: eventType }));
    for (const subType of subTypes) types.append(el("option", { value: subType, text: ` · ${subType}` }));
  }
  return state.facets;
}

// -- the map view ----------------------------------------------------------------------------------

async function showMapView(query) {
  document.getElementById("event-view").hidden = true;
  document.getElementById("map-view").hidden = false;
  await loadFacets();
  setFilters(query);
  ensureMap();
  const events = [];
  let offset = 0;
  while (offset !== null && events.length < 20 * FETCH_PAGE) {
    query.set("limit", FETCH_PAGE);
    query.set("offset", offset);
    const page = await api(`/events?${query}`);
    events.push(...page.events);
    offset = page.next_offset;
  }
  query.delete("limit");
  query.delete("offset");
  for (const link of document.querySelectorAll(".exports a")) {
    link.href = `${API}/export?format=${link.dataset.format}${query.toString() ? `&${query}` : ""}`;
  }
  const days = (await api(`/timeline?${query}`)).days;
  // Everything is redrawn together, after all data has arrived, so no view shows a stale state.
  state.events = events;
  state.page = 0;
  drawMarkers(events);
  drawTimeline(days);
  drawTable();
  document.getElementById("event-count").textContent = `${events.length} event${events.length === 1 ? "" : "s"}`;
}

function ensureMap() {
  if (state.map) {
    state.map.invalidateSize();
    return;
  }
  state.map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([30, 20], 2);
  state.map.attributionControl.setPrefix(false);
  const tiles = state.facets.tiles;
  if (tiles && tiles.url) {
    L.tileLayer(tiles.url, { attribution: tiles.attribution || "" }).addTo(state.map);
  } else {
    state.map.attributionControl.addAttribution("Country outlines: Natural Earth");
    fetch("/static/basemap/countries-50m.json")
      .then((response) => response.json())
      .then((topology) => {
        state.basemap = L.geoJSON(topologyToGeoJSON(topology, "countries"), {
          style: { color: "#8a9aa8", weight: 0.6, fillColor: "#eef1f4", fillOpacity: 1 },
          interactive: false,
        }).addTo(state.map);
        state.basemap.bringToBack();
      });
  }
  state.markers = L.layerGroup().addTo(state.map);
}

function drawMarkers(events) {
  state.markers.clearLayers();
  const points = [];
  for (const event of events) {
    if (event.lat === null || event.lon === null) continue;
    const radius = 4 + Math.sqrt(event.fatalities_best || 0) * 1.5;
    const marker = L.circleMarker([event.lat, event.lon], {
      radius: Math.min(radius, 30), color: typeColour(event.event_type), weight: event.disputed ? 3 : 1,
      fillOpacity: 0.6, dashArray: event.disputed ? "3" : null,
    });
    const popup = el("div", { class: "popup" },
      el("a", { href: `#/events/${event.id}`, text: `${event.sub_event_type || "Event"} in ${event.location}` }),
      el("div", { text: `${event.date || "date unknown"} · killed ${range(event.fatalities_best,
        event.fatalities_low, event.fatalities_high)} · ${event.report_count} report(s)` }));
    marker.bindPopup(popup);
    marker.on("click", () => marker.openPopup());
    state.markers.addLayer(marker);
    points.push([event.lat, event.lon]);
  }
  if (points.length) state.map.fitBounds(points, { padding: [30, 30], maxZoom: 7 });
}

function drawTimeline(days) {
  const box = document.getElementById("timeline");
  box.replaceChildren();
  const legend = document.getElementById("legend");
  legend.replaceChildren();
  if (!days.length) {
    box.append(el("p", { class: "empty", text: "No dated events." }));
    return;
  }
  const start = new Date(days[0].date);
  const end = new Date(days[days.length - 1].date);
  const span = Math.round((end - start) / 86400000) + 1;
  const width = 640;
  const height = 140;
  const bar = Math.max(width / span, 1);
  const peak = Math.max(...days.map((day) => Object.values(day.counts).reduce((a, b) => a + b, 0)));
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height + 20}`, class: "timeline-chart", role: "img" });
  const types = new Set();
  for (const day of days) {
    const x = (Math.round((new Date(day.date) - start) / 86400000)) * bar;
    let y = height;
    for (const [type, count] of Object.entries(day.counts)) {
      types.add(type);
      const h = (count / peak) * (height - 10);
      y -= h;
      chart.append(svg("rect", { x, y, width: Math.max(bar - 0.5, 2), height: h, fill: typeColour(type) },
        svg("title", {}, document.createTextNode(`${day.date}: ${count} ${type}`))));
    }
  }
  chart.append(svg("text", { x: 0, y: height + 15, class: "axis" }, document.createTextNode(days[0].date)));
  chart.append(svg("text", { x: width, y: height + 15, class: "axis", "text-anchor": "end" },
    document.createTextNode(days[days.length - 1].date)));
  chart.append(svg("text", { x: 2, y: 10, class: "axis" }, document.createTextNode(`max ${peak}/day`)));
  box.append(chart);
  for (const type of types) {
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = typeColour(type);
    legend.append(el("span", { class: "legend-item" }, swatch, type));
  }
}

function sortedEvents() {
  const { key, descending } = state.sort;
  const value = (event) => event[key] ?? (typeof event[key] === "number" ? -1 : "");
  return [...state.events].sort((a, b) => {
    const left = value(a);
    const right = value(b);
    const order = left < right ? -1 : left > right ? 1 : a.id - b.id;
    return descending ? -order : order;
  });
}

function drawTable() {
  const body = document.querySelector("#events-table tbody");
  body.replaceChildren();
  for (const header of document.querySelectorAll("#events-table th")) {
    header.classList.toggle("sorted", header.dataset.sort === state.sort.key);
    header.classList.toggle("descending", header.dataset.sort === state.sort.key && state.sort.descending);
  }
  const rows = sortedEvents().slice(state.page * PAGE_SIZE, (state.page + 1) * PAGE_SIZE);
  for (const event of rows) {
    const row = el("tr", { "data-event-id": event.id, tabindex: 0,
      onclick: () => { location.hash = `#/events/${event.id}`; },
      onkeydown: (key) => { if (key.key === "Enter") location.hash = `#/events/${event.id}`; } },
    el("td", { text: event.date || "–" }),
    el("td", {}, el("span", { class: "type-dot" }), event.sub_event_type || event.event_type || "–"),
    el("td", { text: event.location || "–" }),
    el("td", { text: event.country || "–" }),
    el("td", { class: "num", text: range(event.fatalities_best, event.fatalities_low, event.fatalities_high) }),
    el("td", { class: "num", text: range(event.injured_best, event.injured_low, event.injured_high) }),
    el("td", { class: "num", text: event.report_count }),
    el("td", { text: event.disputed ? "disputed" : "" }));
    row.querySelector(".type-dot").style.background = typeColour(event.event_type);
    if (event.corrected && event.corrected.length) row.classList.add("corrected");
    body.append(row);
  }
  const pages = Math.max(Math.ceil(state.events.length / PAGE_SIZE), 1);
  const pager = document.getElementById("pager");
  pager.replaceChildren(
    el("button", { type: "button", disabled: state.page === 0, text: "‹ previous",
      onclick: () => { state.page -= 1; drawTable(); } }),
    el("span", { text: ` page ${state.page + 1} of ${pages} ` }),
    el("button", { type: "button", disabled: state.page + 1 >= pages, text: "next ›",
      onclick: () => { state.page += 1; drawTable(); } }));
}

// -- the event view ----------------------------------------------------------------------------------

async function showEventView(eventId) {
  document.getElementById("map-view").hidden = true;
  const view = document.getElementById("event-view");
  view.hidden = false;
  view.replaceChildren(el("p", { text: "Loading…" }));
  await loadFacets();
  const event = await api(`/events/${eventId}`);
  const reports = await Promise.all(event.reports.map((report) => api(`/reports/${report.id}`)));
  renderEvent(view, event, reports);
  if (String(event.id) !== String(eventId)) {
    // The id was merged away and the API redirected to its survivor: the address names the survivor
    // (a bookmark of the old id still works) and the page says why it shows another id.
    history.replaceState(null, "", `#/events/${event.id}`);
    view.prepend(el("p", { class: "notice", id: "merged-notice",
                           text: `Event ${eventId} was merged into event ${event.id}.` }));
  }
}

function renderEvent(view, event, reports) {
  const corrected = new Set(event.corrected);
  const mark = (field) => (corrected.has(field) ? el("span", { class: "badge corrected", text: "corrected" }) : null);
  const place = event.location ? `${event.location}${event.admin1 ? `, ${event.admin1}` : ""} (${event.country})` : "–";
  view.replaceChildren(
    el("p", {}, el("a", { href: "#/", text: "← all events" })),
    el("h1", { id: "event-title", text: `${event.sub_event_type || event.event_type || "Event"} · ${event.location || "place unknown"} · ${event.date || "date unknown"}` }),
    el("dl", { class: "summary", id: "event-summary" },
      el("dt", { text: "Date" }), el("dd", { "data-field": "date" }, event.date || "–", mark("date")),
      el("dt", { text: "Type" }), el("dd", { "data-field": "event_type" },
        `${event.event_type || "–"} / ${event.sub_event_type || "–"}`, mark("event_type"), mark("sub_event_type")),
      el("dt", { text: "Place" }), el("dd", { "data-field": "location" }, place,
        event.lat !== null ? ` ${event.lat.toFixed(3)}, ${event.lon.toFixed(3)}` : "", mark("location")),
      el("dt", { text: "Actors" }), el("dd", {}, `${event.actor1 || "–"} → ${event.actor2 || "–"}`,
        mark("actor1"), mark("actor2")),
      el("dt", { text: "Killed" }), el("dd", { "data-field": "fatalities", id: "event-fatalities" },
        range(event.fatalities_best, event.fatalities_low, event.fatalities_high), " (best (low–high))",
        mark("fatalities_best"), mark("fatalities_low"), mark("fatalities_high")),
      el("dt", { text: "Injured" }), el("dd", { "data-field": "injured" },
        range(event.injured_best, event.injured_low, event.injured_high),
        mark("injured_best"), mark("injured_low"), mark("injured_high")),
      el("dt", { text: "Reports" }), el("dd", { text: `${event.report_count} (first ${event.first_published || "?"}, last ${event.last_published || "?"})` }),
      el("dt", { text: "Disputed" }), el("dd", { id: "event-disputed" }, event.disputed
        ? el("span", { class: "badge disputed", text: `disputed: ${Object.keys(event.dispute).join(", ")}` }) : "no")),
    el("section", { class: "panel" }, el("h2", { text: "Toll history" }), tollChart(event.toll_history)),
    el("section", { class: "panel" }, el("h2", { text: "Claims by source" }), claimsBySource(event)),
    correctionPanel(event, reports),
    el("section", { class: "panel" }, el("h2", { text: "Corrections" }), correctionHistory(event.corrections)),
    el("section", { class: "panel" }, el("h2", { text: "Reports" }), ...reports.map((report) => reportBlock(report, event.id))),
  );
}

function tollChart(history) {
  const kinds = Object.entries(history).filter(([, points]) => points.length);
  if (!kinds.length) return el("p", { class: "empty", text: "No figures reported." });
  const all = kinds.flatMap(([, points]) => points);
  const width = 560;
  const height = 160;
  const left = 40;
  const peak = Math.max(...all.map((point) => point.high ?? point.value ?? 0), 1);
  // One column per report, in publication order, so a report's killed and injured figures line up.
  const reportKey = (point) => `${point.published || "0000-00-00"}|${String(point.report_id).padStart(9, "0")}`;
  const columns = [...new Set(all.map(reportKey))].sort();
  const count = columns.length;
  const x = (point) => left + (count === 1 ? (width - left) / 2
    : (columns.indexOf(reportKey(point)) * (width - left - 60)) / (count - 1) + 25);
  const y = (value) => height - 24 - (value / peak) * (height - 44);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "toll-chart", role: "img", id: "toll-chart" });
  chart.append(svg("line", { x1: left, y1: y(0), x2: width, y2: y(0), class: "axis-line" }));
  chart.append(svg("text", { x: left - 6, y: y(peak) + 4, class: "axis", "text-anchor": "end" }, document.createTextNode(String(peak))));
  chart.append(svg("text", { x: left - 6, y: y(0) + 4, class: "axis", "text-anchor": "end" }, document.createTextNode("0")));
  columns.forEach((column) => {
    const [published, report] = column.split("|");
    const sample = all.find((point) => reportKey(point) === column);
    chart.append(svg("text", { x: x(sample), y: height - 8, class: "axis", "text-anchor": "middle" },
      document.createTextNode(`${published === "0000-00-00" ? "undated" : published.slice(5)} r${Number(report)}`)));
  });
  const colours = { killed: "#c0392b", injured: "#2c7fb8" };
  kinds.forEach(([kind], index) => {
    chart.append(svg("text", { x: width - 8, y: 12 + index * 12, class: "toll-legend", "text-anchor": "end",
      fill: colours[kind] || "#555" }, document.createTextNode(kind)));
  });
  for (const [kind, points] of kinds) {
    const path = points.map((point, index) => `${index ? "L" : "M"}${x(point)},${y(point.value ?? point.high ?? 0)}`);
    chart.append(svg("path", { d: path.join(" "), class: "toll-line", stroke: colours[kind] || "#555" }));
    points.forEach((point) => {
      const value = point.value ?? point.high ?? 0;
      chart.append(svg("circle", { cx: x(point), cy: y(value), r: 4, fill: colours[kind] || "#555", class: "toll-point" },
        svg("title", {}, document.createTextNode(`${kind} ${value} (${point.qualifier}) · ${point.source || "unattributed"} · ${point.published || "undated"}`))));
      chart.append(svg("text", { x: x(point), y: y(value) - 8, class: "point-label", "text-anchor": "middle" },
        document.createTextNode(String(value))));
    });
  }
  const list = el("ol", { class: "toll-list", id: "toll-list" });
  for (const [kind, points] of kinds) {
    for (const point of points) {
      list.append(el("li", {}, el("strong", { text: `${kind} ${figure(point)}` }),
        ` ${point.qualifier !== "exact" ? `(${point.qualifier}) ` : ""}· ${point.source || "unattributed"} · ${point.published || "undated"} · report ${point.report_id}: “${point.evidence}”`));
    }
  }
  return el("div", { class: "toll" }, chart, list);
}

function claimsBySource(event) {
  if (!event.claims.length) return el("p", { class: "empty", text: "No figures." });
  const groups = new Map();
  for (const claim of event.claims) {
    const key = claim.source || `unattributed (report ${claim.report_id})`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(claim);
  }
  const grid = el("div", { class: "claims", id: "claims" });
  for (const [source, claims] of groups) {
    const role = claims.find((claim) => claim.source_role)?.source_role;
    grid.append(el("article", { class: "claim-card" },
      el("h3", {}, source, role ? el("small", { text: ` ${role}` }) : null),
      el("ul", {}, claims.map((claim) => el("li", { class: claim.wrong ? "claim wrong" : "claim", "data-claim-id": claim.id },
        el("strong", { text: `${claim.kind} ${figure(claim)}` }),
        claim.qualifier !== "exact" ? ` (${claim.qualifier})` : "",
        claim.hedges.length ? ` · hedged: ${claim.hedges.join(", ")}` : "",
        claim.verified === false ? " · not verified" : claim.verified ? " · verified" : "",
        claim.channel ? ` · via ${claim.channel}` : "",
        ` · report ${claim.report_id}, ${claim.published || "undated"}`,
        el("q", { text: claim.evidence.sentence }),
        claim.wrong ? el("span", { class: "badge wrong", text: "marked wrong" }) : null,
        el("button", { type: "button", class: "claim-toggle", text: claim.wrong ? "Mark right" : "Mark wrong",
          onclick: () => toggleClaim(event.id, claim) }))))));
  }
  return grid;
}

async function toggleClaim(eventId, claim) {
  const reason = prompt(claim.wrong ? "Why does this claim count again?" : "Why is this claim wrong?");
  if (!reason) return;
  await write(() => api(`/claims/${claim.id}/corrections`, { method: "POST",
    body: { wrong: !claim.wrong, reason } }), eventId);
}

async function write(action, eventId) {
  try {
    await action();
    showStatus("Correction saved.");
    await showEventView(eventId);
  } catch (error) {
    showStatus(error.message, true);
  }
}

function correctionPanel(event, reports) {
  const fields = state.facets.correctable_fields;
  const fieldSelect = el("select", { name: "field", id: "correct-field" }, fields.map((field) => el("option", { value: field, text: field })));
  const choices = el("datalist", { id: "correct-choices" });
  const valueInput = el("input", { name: "value", id: "correct-value", placeholder: "new value", list: "correct-choices" });
  const hints = {
    date: "YYYY-MM-DD", location: "a place name, e.g. Kupiansk, Kharkiv region", actor1: "actor name",
    actor2: "actor name", event_type: "ACLED event type", sub_event_type: "ACLED sub-event type",
  };
  const offerChoices = () => {
    const field = fieldSelect.value;
    const types = state.facets.acled_types;
    const options = field === "event_type" ? Object.keys(types) : field === "sub_event_type" ? Object.values(types).flat() : [];
    choices.replaceChildren(...options.map((option) => el("option", { value: option })));
    valueInput.placeholder = hints[field] || "a whole number (empty: unknown)";
    valueInput.type = /_(best|low|high)$/.test(field) ? "number" : "text";
  };
  fieldSelect.addEventListener("change", offerChoices);
  offerChoices();
  const reasonInput = el("input", { name: "reason", id: "correct-reason", placeholder: "why (shown in the history)", required: true });
  const fieldForm = el("form", { id: "correct-form", class: "inline-form", onsubmit: (submitted) => {
    submitted.preventDefault();
    const field = fieldSelect.value;
    const raw = valueInput.value.trim();
    const figure = /_(best|low|high)$/.test(field);
    const value = raw === "" ? null : figure ? Number.parseInt(raw, 10) : raw;
    write(() => api(`/events/${event.id}/corrections`, { method: "POST",
      body: { field, value, reason: reasonInput.value } }), event.id);
  } }, el("label", {}, "Field ", fieldSelect), el("label", {}, "Value ", valueInput), choices,
  el("label", {}, "Reason ", reasonInput), el("button", { type: "submit", id: "correct-submit", text: "Save correction" }));

  const otherInput = el("input", { type: "number", min: 1, id: "merge-other", placeholder: "event id", required: true });
  const mergeReason = el("input", { id: "merge-reason", placeholder: "why", required: true });
  const mergeForm = el("form", { class: "inline-form", id: "merge-form", onsubmit: (submitted) => {
    submitted.preventDefault();
    write(() => api(`/events/${event.id}/merge`, { method: "POST",
      body: { other_event_id: Number.parseInt(otherInput.value, 10), reason: mergeReason.value } }), event.id);
  } }, el("label", {}, "Merge event ", otherInput, " into this one"), el("label", {}, "Reason ", mergeReason),
  el("button", { type: "submit", text: "Merge" }));

  const boxes = reports.map((report) => el("label", { class: "check" },
    el("input", { type: "checkbox", value: report.id, class: "split-report" }), ` report ${report.id}`));
  const splitReason = el("input", { id: "split-reason", placeholder: "why", required: true });
  const splitForm = el("form", { class: "inline-form", id: "split-form", onsubmit: (submitted) => {
    submitted.preventDefault();
    const reportIds = [...splitForm.querySelectorAll(".split-report:checked")].map((box) => Number.parseInt(box.value, 10));
    write(() => api(`/events/${event.id}/split`, { method: "POST",
      body: { report_ids: reportIds, reason: splitReason.value } }), event.id);
  } }, el("span", { text: "Split off " }), boxes, el("label", {}, "Reason ", splitReason),
  el("button", { type: "submit", text: "Split", disabled: reports.length < 2 }));

  return el("section", { class: "panel corrections-panel" }, el("h2", { text: "Correct this event" }),
    token() ? null : el("p", { class: "hint", text: "Corrections need a token: use “Token…” at the top." }),
    fieldForm, mergeForm, splitForm);
}

function correctionHistory(corrections) {
  if (!corrections.length) return el("p", { class: "empty", id: "correction-history", text: "None: this is the machine's reading." });
  const describe = (correction) => {
    if (correction.kind === "field") return `${correction.field}: ${JSON.stringify(correction.previous)} → ${JSON.stringify(correction.value)}`;
    if (correction.kind === "claim") return `claim ${correction.claim_id} marked ${correction.value ? "wrong" : "right"}`;
    if (correction.kind === "merge") return `event ${correction.value} merged into event ${correction.event_id}`;
    const accounts = correction.members.length;
    return `${accounts} report account${accounts === 1 ? "" : "s"} split off into event ${correction.value}`;
  };
  return el("ol", { class: "history", id: "correction-history" }, corrections.map((correction) => el("li", {},
    el("time", { text: correction.created_at }), ` · ${correction.author} · ${describe(correction)} · “${correction.reason}”`)));
}

function reportSource(report) {
  if (!report.url) return report.batch_id || "";
  const href = webLink(report.url);
  return href ? el("a", { href, rel: "noreferrer noopener", target: "_blank", text: report.url })
    : el("span", { class: "url", text: report.url });
}

function reportBlock(report, eventId) {
  const text = el("div", { class: "report-text" });
  let cursor = 0;
  for (const span of report.spans) {
    if (span.start < cursor) continue;
    text.append(report.text.slice(cursor, span.start));
    const classes = ["evidence", span.kind, span.wrong ? "wrong" : "", span.event_id === eventId ? "this-event" : "other-event"];
    text.append(el("mark", { class: classes.join(" "), "data-claim-id": span.claim_id,
      title: `${span.kind}${span.wrong ? " (marked wrong)" : ""}, claim ${span.claim_id}` }, report.text.slice(span.start, span.end)));
    cursor = span.end;
  }
  text.append(report.text.slice(cursor));
  return el("article", { class: "report", "data-report-id": report.id },
    el("h3", {}, report.title || `Report ${report.id}`),
    el("p", { class: "meta" }, `report ${report.id} · published ${report.published || "?"} · `,
      reportSource(report)),
    text);
}

// -- routing ---------------------------------------------------------------------------------------

async function route() {
  showStatus("");
  const hash = location.hash || "#/";
  try {
    const match = hash.match(/^#\/events\/(\d+)/);
    if (match) await showEventView(Number.parseInt(match[1], 10));
    else await showMapView(new URLSearchParams(hash.split("?")[1] || ""));
  } catch (error) {
    showStatus(error.message, true);
  }
}

function setUp() {
  document.getElementById("filters").addEventListener("submit", (submitted) => {
    submitted.preventDefault();
    location.hash = `#/?${filterQuery()}`;
  });
  document.getElementById("filter-reset").addEventListener("click", () => { location.hash = "#/"; });
  for (const header of document.querySelectorAll("#events-table th")) {
    header.addEventListener("click", () => {
      const key = header.dataset.sort;
      state.sort = { key, descending: state.sort.key === key ? !state.sort.descending : true };
      state.page = 0;
      drawTable();
    });
  }
  const dialog = document.getElementById("token-dialog");
  document.getElementById("token-button").addEventListener("click", () => dialog.showModal());
  dialog.addEventListener("close", () => {
    if (dialog.returnValue === "save") localStorage.setItem("eventwire-token", document.getElementById("token-input").value.trim());
    if (dialog.returnValue === "clear") localStorage.removeItem("eventwire-token");
    document.getElementById("token-input").value = "";
    showWho();
    route();
  });
  showWho();
  window.addEventListener("hashchange", route);
  route();
}

function showWho() {
  document.getElementById("whoami").textContent = token() ? "token set: corrections enabled" : "read only";
}

setUp();
