// The dashboard: plain DOM over the JSON API. Every text from the ledger goes in through
// textContent or attributes, never as markup; charts are SVG images drawn by the server.

/** @param {string} tag @param {Record<string, string>} [attrs] @param {(Node | string)[]} [children] */
function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

/** @param {string} id */
function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} missing`);
  return node;
}

/** Calls the API; resolves to the JSON body, or throws an Error carrying the API's message and status. */
async function api(path, { token, ...init } = {}) {
  const response = await fetch(path, {
    ...init,
    headers: {
      Accept: "application/json",
      ...(init.body ? { "Content-Type": "application/json" } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(body?.error?.message ?? `${response.status} ${response.statusText}`);
    error.status = response.status;
    throw error;
  }
  return body;
}

/** The API's lists come in pages: follows `next` until the last page (at most `maxPages` pages). */
async function apiAll(path, keys, maxPages = 40) {
  const joined = Object.fromEntries(keys.map((key) => [key, []]));
  let after = null;
  for (let page = 0; page < maxPages; page++) {
    const separator = path.includes("?") ? "&" : "?";
    const cursor = after === null ? "" : `&after=${encodeURIComponent(after)}`;
    const body = await api(`${path}${separator}limit=500${cursor}`);
    for (const key of keys) joined[key].push(...body[key]);
    after = body.next;
    if (after === null) break;
  }
  return joined;
}

function setStatus(text) {
  byId("status").textContent = text;
}

const state = {
  /** @type {any[]} */ claims: [],
  /** @type {string | null} */ documentId: null,
};

// ---- documents ----

async function loadDocuments() {
  const { documents } = await apiAll("/api/documents", ["documents"]);
  const list = byId("documents");
  list.replaceChildren();
  for (const d of documents) {
    const button = el("button", { type: "button", class: "doc", "data-document": d.id }, [
      el("strong", {}, [d.title || d.source]),
      el("span", { class: "doc-meta" }, [
        `${d.language} · ${d.published ?? "undated"} · ${d.claimCount} claim${d.claimCount === 1 ? "" : "s"}`,
      ]),
    ]);
    button.addEventListener("click", () => {
      showDocument(d.id).catch(report);
    });
    list.append(el("li", {}, [button]));
  }
  setStatus(`${documents.length} document${documents.length === 1 ? "" : "s"} in the ledger`);
}

/**
 * Splits the text at every span boundary; each piece covered by claims becomes a <mark> naming them.
 * Offsets are UTF-16 code units, as JavaScript strings index them.
 */
function highlightedText(text, claims) {
  const cuts = new Set([0, text.length]);
  for (const c of claims) {
    cuts.add(Math.max(0, Math.min(text.length, c.span.start)));
    cuts.add(Math.max(0, Math.min(text.length, c.span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const piece = text.slice(from, to);
    const covering = claims.filter(
      (c) => c.span.start <= from && c.span.end >= to && c.span.end > c.span.start,
    );
    if (covering.length === 0) {
      fragment.append(piece);
      continue;
    }
    const first = covering[0];
    const mark = el("mark", {
      class: `claim status-${first.status}${covering.length > 1 ? " overlap" : ""}`,
      "data-claims": covering.map((c) => c.id).join(" "),
      title: covering.map((c) => `${c.entity} · ${c.metric} · ${c.valueText} (${c.status})`).join("\n"),
    });
    mark.textContent = piece;
    mark.addEventListener("click", () => selectClaimRow(first.id));
    fragment.append(mark);
  }
  return fragment;
}

async function showDocument(id) {
  const { document: doc, claims } = await api(`/api/documents/${encodeURIComponent(id)}`);
  state.documentId = id;
  for (const button of byId("documents").querySelectorAll("button")) {
    button.setAttribute("aria-current", String(button.getAttribute("data-document") === id));
  }
  byId("document-title").textContent = doc.title || doc.source;
  byId("document-meta").textContent =
    `${doc.source} · ${doc.language} · published ${doc.published ?? "unknown"} (${doc.publishedHow}) · ` +
    `${claims.length} claim${claims.length === 1 ? "" : "s"} · ${doc.furniture.length} furniture block${doc.furniture.length === 1 ? "" : "s"} removed`;
  byId("document-text").replaceChildren(highlightedText(doc.text, claims));
}

// ---- claims ----

function claimRow(claim) {
  const status = el("td", { class: `status ${claim.status}` }, [claim.status]);
  const version = el("td", { class: "version" }, [String(claim.version)]);
  const accept = el("button", { type: "button", "data-action": "accept" }, ["accept"]);
  const reject = el("button", { type: "button", "data-action": "reject" }, ["reject"]);
  const row = el("tr", { "data-claim": claim.id }, [
    el("td", {}, [claim.counterparty ? `${claim.entity} → ${claim.counterparty}` : claim.entity]),
    el("td", {}, [claim.metric]),
    el("td", {}, [claim.valueText]),
    el("td", {}, [claim.periodText]),
    el("td", {}, [claim.qualifier]),
    el("td", { class: "quote" }, [claim.quote]),
    status,
    version,
    el("td", { class: "actions" }, [accept, reject]),
  ]);
  for (const button of [accept, reject]) {
    button.addEventListener("click", () => {
      review(claim.id, button.getAttribute("data-action") ?? "", row).catch(report);
    });
  }
  return row;
}

function renderClaims() {
  byId("claims")
    .querySelector("tbody")
    ?.replaceChildren(...state.claims.map(claimRow));
}

async function loadClaims() {
  const form = /** @type {HTMLFormElement} */ (byId("claims-filter"));
  const data = new FormData(form);
  const params = new URLSearchParams({ includeRejected: "true" });
  for (const name of ["entity", "metric"]) {
    const value = String(data.get(name) ?? "").trim();
    if (value) params.set(name, value);
  }
  const { claims } = await apiAll(`/api/claims?${params}`, ["claims"]);
  state.claims = claims;
  renderClaims();
}

function selectClaimRow(id) {
  const rows = byId("claims").querySelectorAll("tbody tr");
  for (const row of rows) row.classList.toggle("selected", row.getAttribute("data-claim") === id);
  const row = [...rows].find((r) => r.getAttribute("data-claim") === id);
  row?.scrollIntoView({ block: "nearest" });
}

async function review(id, action, row) {
  const message = byId("claims-message");
  const reasonInput = /** @type {HTMLInputElement} */ (byId("review-reason"));
  const reason = reasonInput.value.trim();
  const by = /** @type {HTMLInputElement} */ (byId("review-by")).value.trim();
  // On a team server the reviewer is the token's user, not a name typed here.
  const token = /** @type {HTMLInputElement} */ (byId("review-token")).value.trim();
  if (!reason) {
    message.textContent = "Give a reason for the review first: it stays with the event.";
    reasonInput.focus();
    return;
  }
  const claim = state.claims.find((c) => c.id === id);
  message.textContent = "";
  try {
    const result = await api(`/api/claims/${encodeURIComponent(id)}/review`, {
      method: "POST",
      token,
      body: JSON.stringify({
        action,
        reason,
        ...(token ? {} : { by }),
        ...(claim ? { expectVersion: claim.version } : {}),
      }),
    });
    const updated = result.claim;
    const index = state.claims.findIndex((c) => c.id === id);
    if (index >= 0) state.claims[index] = updated;
    row.replaceWith(claimRow(updated));
    setStatus(`claim ${id}: ${action} recorded by ${result.event.actor}; version ${updated.version}`);
    for (const mark of byId("document-text").querySelectorAll("mark")) {
      if ((mark.getAttribute("data-claims") ?? "").split(" ")[0] === id)
        mark.className = mark.className.replace(/status-\w+/, `status-${updated.status}`);
    }
    await Promise.all([loadChecks(), loadConflicts()]);
  } catch (error) {
    message.textContent =
      error.status === 409
        ? `Someone reviewed this claim meanwhile: ${error.message}. Reload.`
        : error.message;
  }
}

// ---- timeline ----

function fillChoices(claims) {
  const entities = [...new Set(claims.map((c) => c.entity))].sort();
  const metrics = [...new Set(claims.map((c) => c.metric))].sort();
  byId("entities").replaceChildren(...entities.map((e) => el("option", { value: e })));
  const filterMetric = byId("claims-filter").querySelector("select");
  filterMetric?.replaceChildren(
    el("option", { value: "" }, ["any"]),
    ...metrics.map((m) => el("option", { value: m }, [m])),
  );
  const timelineMetric = byId("timeline-form").querySelector("select");
  timelineMetric?.replaceChildren(...metrics.map((m) => el("option", { value: m }, [m])));
  const first = claims.find((c) => c.metric === "revenue") ?? claims[0];
  const entityInput = byId("timeline-form").querySelector("input");
  if (first && entityInput && timelineMetric) {
    entityInput.value = first.entity;
    timelineMetric.value = first.metric;
  }
}

async function drawTimeline() {
  const data = new FormData(/** @type {HTMLFormElement} */ (byId("timeline-form")));
  const entity = String(data.get("entity") ?? "").trim();
  const metric = String(data.get("metric") ?? "");
  const message = byId("timeline-message");
  const figure = byId("timeline-chart");
  message.textContent = "";
  if (!entity || !metric) return;
  const url = `/api/charts/timeline?${new URLSearchParams({ entity, metric })}`;
  // Ask first so that a missing series shows the API's message rather than a broken image.
  const probe = await fetch(url);
  if (!probe.ok) {
    const body = await probe.json().catch(() => null);
    message.textContent = body?.error?.message ?? `${probe.status}`;
    figure.replaceChildren();
    return;
  }
  await probe.body?.cancel();
  const image = el("img", { src: url, alt: `${entity} ${metric} timeline` });
  figure.replaceChildren(image, el("figcaption", {}, [`${entity} · ${metric}`]));
}

// ---- checks and conflicts ----

async function loadChecks() {
  const { checks } = await apiAll("/api/checks", ["checks"]);
  const list = byId("checks");
  list.replaceChildren(
    ...checks.map((c) =>
      el("li", { "data-status": c.status }, [
        el("span", { class: `badge ${c.status}` }, [c.status.toUpperCase()]),
        `${c.rule}: ${c.subject}`,
        el("span", { class: "arithmetic" }, [c.arithmetic]),
      ]),
    ),
  );
  if (checks.length === 0) list.append(el("li", {}, ["no figures to check against each other"]));
}

function who(fact) {
  return fact.counterparty ? `${fact.entity} → ${fact.counterparty}` : fact.entity;
}

async function loadConflicts() {
  const { conflicts, explained } = await apiAll("/api/conflicts", ["conflicts", "explained"]);
  const list = byId("conflicts");
  list.replaceChildren(
    ...conflicts.map((c) =>
      el("li", {}, [
        `${who(c.a)} · ${c.a.metric} · ${c.a.periodLabel}: ${c.a.display} vs ${c.b.display}`,
        el("span", { class: "arithmetic" }, [
          c.gap === null ? "gap unknown" : `gap ${Math.round(c.gap * 100)} %`,
        ]),
      ]),
    ),
  );
  if (conflicts.length === 0) list.append(el("li", {}, ["no unexplained conflicts"]));
  byId("explained").replaceChildren(
    ...explained.map((e) =>
      el("li", {}, [
        `${who(e.a)}: ${e.a.metric} ${e.a.display} (${e.a.periodLabel}) / ${e.b.metric} ${e.b.display} (${e.b.periodLabel})`,
        el("span", { class: "arithmetic" }, [`${e.reason}: ${e.text}`]),
      ]),
    ),
  );
}

function report(error) {
  setStatus(`error: ${error.message}`);
}

async function start() {
  byId("claims-filter").addEventListener("submit", (event) => {
    event.preventDefault();
    loadClaims().catch(report);
  });
  byId("timeline-form").addEventListener("submit", (event) => {
    event.preventDefault();
    drawTimeline().catch(report);
  });
  await loadDocuments();
  const { claims } = await apiAll("/api/claims", ["claims"]);
  fillChoices(claims);
  await Promise.all([loadClaims(), loadChecks(), loadConflicts(), drawTimeline()]);
  document.body.setAttribute("data-ready", "true");
}

start().catch(report);
