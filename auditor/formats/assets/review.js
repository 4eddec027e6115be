// auditor review page. Every string from the report is written with textContent or DOM APIs
// (never as markup); links out are http(s) only. See auditor/formats/html.py for the data.
"use strict";
(function () {
  const DATA = JSON.parse(document.getElementById("report-data").textContent);
  const SEVS = ["error", "warning", "info"];
  const RANK = { error: 3, warning: 2, info: 1 };
  const REASONS = [["false-positive", "false positive"], ["intended", "intended"], ["wont-fix", "won't fix"]];
  const CHUNK = 120;
  const STORE = "auditor-review:" + DATA.id;
  const $ = (id) => document.getElementById(id);

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function httpUrl(url) {
    if (typeof url !== "string") return null;
    try {
      const parsed = new URL(url);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }
  function link(url, text) {
    const href = httpUrl(url);
    if (!href) return el("code", null, url);
    const a = el("a", null, text || url);
    a.href = href;
    a.rel = "noopener noreferrer";
    a.target = "_blank";
    return a;
  }
  function clip(text, n) {
    return text.length > n ? text.slice(0, n) + "\u2026" : text;
  }
  function cmpCodePoints(a, b) {
    // Python's order (by code point), which differs from JavaScript's < beyond U+FFFF.
    const x = Array.from(a), y = Array.from(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d) return d;
    }
    return x.length - y.length;
  }

  // ---- the findings of every file, in one list --------------------------------------------
  const FILES = DATA.files;
  const ALL = [];
  FILES.forEach((file, fi) => {
    for (const f of file.findings) {
      const claim = f.claim && file.claims[f.claim];
      const flagged = f.span && file.text !== null ? file.text.slice(f.span[0], f.span[1]) : "";
      const subject = claim ? claim.text : flagged;
      ALL.push({
        g: ALL.length, fi: fi, f: f, file: file, subject: subject,
        hay: [f.rule, f.name, f.message, subject, clip(flagged, 2000), file.source || ""].join("\n").toLowerCase(),
      });
    }
  });
  const ORDER = ALL.slice().sort((a, b) =>
    a.f.rule < b.f.rule ? -1 : a.f.rule > b.f.rule ? 1 : a.fi - b.fi || a.f.start - b.f.start || a.g - b.g);
  const BY_FP = new Map();
  for (const x of ALL) {
    if (!BY_FP.has(x.f.fingerprint)) BY_FP.set(x.f.fingerprint, []);
    BY_FP.get(x.f.fingerprint).push(x);
  }

  // ---- triage, in local storage per report fingerprint ------------------------------------
  let triage = {};
  try {
    triage = JSON.parse(localStorage.getItem(STORE) || "{}") || {};
  } catch (e) {
    triage = {};
  }
  function stateOf(x) {
    const t = triage[x.f.fingerprint];
    return t ? t.state : "open";
  }
  function setTriage(x, state, reason) {
    if (state === "open") delete triage[x.f.fingerprint];
    else triage[x.f.fingerprint] = state === "dismissed" ? { state: state, reason: reason } : { state: state };
    try {
      localStorage.setItem(STORE, JSON.stringify(triage));
    } catch (e) { /* storage may be off (private window): triage lasts for this visit */ }
    for (const y of BY_FP.get(x.f.fingerprint)) refreshCard(y);
    paintMarks();
    showProgress();
  }

  // ---- header: title, summary, crashed rules ------------------------------------------------
  function header() {
    $("title").textContent = DATA.title;
    const first = FILES.length === 1 ? FILES[0] : null;
    const doc = first && first.document;
    const meta = [];
    if (doc) {
      if (doc.title) meta.push(doc.title);
      meta.push(doc.format);
      meta.push(doc.published ? "published " + doc.published + " (" + (doc.published_from || "") + ")" : "no publication date");
    } else {
      meta.push(FILES.length + " files");
    }
    meta.push((DATA.tool.name || "auditor") + " " + (DATA.tool.version || ""));
    $("meta").textContent = meta.join(" \u00b7 ");
    const total = { claims: 0, check_worthy: 0, cited: 0, error: 0, warning: 0, info: 0, suppressed: 0 };
    for (const file of FILES) {
      const s = file.summary;
      if (!s) continue;
      total.claims += s.claims; total.check_worthy += s.check_worthy; total.cited += s.cited;
      total.suppressed += s.suppressed || 0;
      for (const sev of SEVS) total[sev] += s.findings[sev];
    }
    const coverage = total.check_worthy ? Math.round((100 * total.cited) / total.check_worthy) + "%" : "\u2013";
    const items = [["claims", total.claims], ["check-worthy", total.check_worthy], ["cited", total.cited],
      ["coverage", coverage], ["errors", total.error], ["warnings", total.warning], ["notes", total.info]];
    if (total.suppressed) items.push(["suppressed", total.suppressed]);
    if (FILES.length > 1) items.unshift(["files", FILES.length]);
    for (const [name, value] of items) {
      const div = el("div");
      div.append(el("dt", null, name), el("dd", null, value));
      $("summary").append(div);
    }
    for (const file of FILES) {
      const where = FILES.length > 1 ? (file.source || "<input>") + ": " : "";
      if (file.error) $("alerts").append(el("p", "alert", (file.error.startsWith(where) ? "" : where) + file.error));
      for (const e of file.errors || []) {
        $("alerts").append(el("p", "alert", where + "rule " + e.rule + " (" + e.name + ") crashed, so this audit is incomplete: " + e.message));
      }
    }
  }

  // ---- filters ------------------------------------------------------------------------------
  const filter = { sev: new Set(SEVS), rule: "", file: "", triage: "", q: "" };
  function filters() {
    const counts = { error: 0, warning: 0, info: 0 };
    const rules = new Map();
    for (const x of ALL) {
      counts[x.f.severity]++;
      rules.set(x.f.rule, (rules.get(x.f.rule) || 0) + 1);
    }
    for (const sev of SEVS) {
      const box = el("input");
      box.type = "checkbox"; box.checked = true; box.value = sev; box.id = "sev-" + sev;
      box.addEventListener("change", () => {
        if (box.checked) filter.sev.add(sev); else filter.sev.delete(sev);
        applyFilter();
      });
      const label = el("label", "sev " + sev);
      label.append(box, " " + sev + " (" + counts[sev] + ")");
      $("severities").append(label);
    }
    for (const code of Array.from(rules.keys()).sort()) {
      const rule = DATA.rules[code] || {};
      const option = el("option", null, code + " " + (rule.name || "") + " (" + rules.get(code) + ")");
      option.value = code;
      $("rule").append(option);
    }
    FILES.forEach((file, fi) => {
      const option = el("option", null, (file.source || "<input>") + " (" + file.findings.length + ")");
      option.value = String(fi);
      $("file").append(option);
    });
    $("file-filter").hidden = FILES.length < 2;
    $("rule").addEventListener("change", () => { filter.rule = $("rule").value; applyFilter(); });
    $("file").addEventListener("change", () => {
      filter.file = $("file").value;
      if (filter.file !== "") showFile(Number(filter.file));
      applyFilter();
    });
    $("triage").addEventListener("change", () => { filter.triage = $("triage").value; applyFilter(); });
    let timer = 0;
    $("search").addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => { filter.q = $("search").value.trim().toLowerCase(); applyFilter(); }, 120);
    });
  }
  function visible(x) {
    return filter.sev.has(x.f.severity) && (!filter.rule || x.f.rule === filter.rule) &&
      (filter.file === "" || String(x.fi) === filter.file) &&
      (!filter.triage || stateOf(x) === filter.triage) && (!filter.q || x.hay.includes(filter.q));
  }
  let view = [];
  let shownSet = new Set();
  function applyFilter() {
    view = ORDER.filter(visible);
    shownSet = new Set(view.map((x) => x.g));
    $("count").textContent = view.length === ALL.length ? ALL.length + " findings"
      : view.length + " of " + ALL.length + " findings shown";
    resetList();
    paintMarks();
  }
  function showProgress() {
    let accepted = 0, dismissed = 0;
    for (const x of ALL) {
      const s = stateOf(x);
      if (s === "accepted") accepted++; else if (s === "dismissed") dismissed++;
    }
    $("progress").textContent = (accepted + dismissed) + " of " + ALL.length + " triaged (" + accepted +
      " accepted, " + dismissed + " dismissed)";
  }

  // ---- the article, with the findings in place ---------------------------------------------
  let shownFile = -1;
  let markOf = new Map(); // finding g -> its elements in the article
  let claimEls = new Map(); // claim id -> its elements
  let marks = [];
  function showFile(fi) {
    if (fi === shownFile) return;
    shownFile = fi;
    const file = FILES[fi];
    $("article-title").textContent = FILES.length > 1 ? (file.source || "<input>") : (file.document && file.document.title) || "Article";
    for (const b of document.querySelectorAll("#files button")) b.classList.toggle("shown", b.dataset.fi === String(fi));
    const box = $("text");
    box.replaceChildren();
    markOf = new Map(); claimEls = new Map(); marks = [];
    if (file.text === null) {
      box.append(el("p", "note", file.error || "The article text is not in this page (the input could not be read again); the findings are listed without it."));
      return;
    }
    const text = file.text;
    const cuts = new Set([0, text.length]);
    const pins = new Map();
    const spans = [];
    for (const x of ALL) {
      if (x.fi !== fi || !x.f.span) continue;
      const [s, e] = x.f.span;
      if (e > s) { spans.push({ s: s, e: e, g: x.g }); cuts.add(s); cuts.add(e); }
      else { if (!pins.has(s)) pins.set(s, []); pins.get(s).push(x.g); cuts.add(s); }
    }
    for (const id of Object.keys(file.claims)) {
      const span = file.claims[id].span;
      if (span && span[1] > span[0]) { spans.push({ s: span[0], e: span[1], c: id }); cuts.add(span[0]); cuts.add(span[1]); }
    }
    const points = Array.from(cuts).sort((a, b) => a - b);
    spans.sort((a, b) => a.s - b.s);
    // One block per line of the body, spaced like paragraphs (the text itself is unchanged); a
    // highlight that crosses lines is one mark per line, all with the same findings.
    const frag = document.createDocumentFragment();
    let line = el("div", "line");
    frag.append(line);
    let active = [], k = 0;
    const add = (map, key, node) => { if (!map.has(key)) map.set(key, []); map.get(key).push(node); };
    const put = (piece, make) => {
      const parts = piece.split("\n");
      parts.forEach((part, i) => {
        const last = i === parts.length - 1;
        const chunk = last ? part : part + "\n";
        if (chunk) line.append(make ? make(chunk) : chunk);
        if (!last) { line = el("div", "line"); frag.append(line); }
      });
    };
    for (let i = 0; i < points.length; i++) {
      const a = points[i];
      for (const g of pins.get(a) || []) {
        const pin = el("mark", "pin");
        pin.dataset.f = String(g);
        pin.title = ALL[g].f.rule + " " + ALL[g].f.name;
        add(markOf, g, pin); marks.push(pin); line.append(pin);
      }
      if (i + 1 === points.length) break;
      const b = points[i + 1];
      active = active.filter((v) => v.e > a);
      while (k < spans.length && spans[k].s <= a) { if (spans[k].e > a) active.push(spans[k]); k++; }
      const piece = text.slice(a, b);
      if (!active.length) { put(piece, null); continue; }
      const gs = active.filter((v) => v.g !== undefined).map((v) => v.g).sort((p, q) => p - q);
      const title = gs.map((g) => ALL[g].f.rule + " " + ALL[g].f.name).join(", ");
      put(piece, (chunk) => {
        const node = el(gs.length ? "mark" : "span", "claim", chunk);
        if (gs.length) {
          node.dataset.f = gs.join(" ");
          node.title = title;
          for (const g of gs) add(markOf, g, node);
          marks.push(node);
        }
        for (const v of active) if (v.c !== undefined) add(claimEls, v.c, node);
        return node;
      });
    }
    box.append(frag);
    paintMarks();
  }
  function paintMarks() {
    for (const m of marks) {
      let best = 0, n = 0, open = 0;
      for (const g of m.dataset.f.split(" ").map(Number)) {
        if (!shownSet.has(g)) continue;
        n++;
        best = Math.max(best, RANK[ALL[g].f.severity]);
        if (stateOf(ALL[g]) === "open") open++;
      }
      const sev = n ? SEVS[3 - best] : "";
      m.classList.remove("sev-error", "sev-warning", "sev-info");
      if (sev) m.classList.add("sev-" + sev);
      m.classList.toggle("off", !n);
      m.classList.toggle("multi", n > 1);
      m.classList.toggle("done", n > 0 && !open);
    }
  }
  function flash(nodes) {
    for (const node of document.querySelectorAll("#text .flash")) node.classList.remove("flash");
    for (const node of nodes) {
      void node.offsetWidth; // restart the animation
      node.classList.add("flash");
    }
  }
  $("text").addEventListener("click", (event) => {
    const m = event.target.closest("mark");
    if (!m || m.classList.contains("off")) return;
    const gs = m.dataset.f.split(" ").map(Number).filter((g) => shownSet.has(g));
    if (!gs.length) return;
    const next = gs.includes(current) ? gs[(gs.indexOf(current) + 1) % gs.length] : gs[0];
    select(next, { article: false });
  });

  // ---- the findings list, rendered in chunks as it scrolls ---------------------------------
  let rendered = 0;
  const cards = new Map();
  function resetList() {
    $("list").replaceChildren();
    cards.clear();
    rendered = 0;
    renderMore(CHUNK);
    if (current >= 0 && shownSet.has(current)) markCurrent();
  }
  function renderMore(n) {
    const list = $("list");
    const stop = Math.min(view.length, rendered + n);
    for (; rendered < stop; rendered++) {
      const x = view[rendered];
      const prev = rendered ? view[rendered - 1] : null;
      if (!prev || prev.f.rule !== x.f.rule) list.append(groupHead(x.f.rule));
      const card = buildCard(x);
      cards.set(x.g, card);
      list.append(card);
    }
    $("more").textContent = rendered < view.length ? "Scroll for more (" + (view.length - rendered) + " left)" : "";
  }
  function ensureRendered(g) {
    const at = view.findIndex((x) => x.g === g);
    if (at >= rendered) renderMore(at - rendered + CHUNK);
  }
  new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting) && rendered < view.length) renderMore(CHUNK);
  }, { root: $("findings"), rootMargin: "600px" }).observe($("more"));

  function groupHead(code) {
    const rule = DATA.rules[code] || {};
    const head = el("div", "group");
    const n = view.filter((x) => x.f.rule === code).length;
    head.append(el("h3", null, code + " " + (rule.name || "")), el("span", "n", n + " shown"));
    if (rule.doc) {
      const about = el("details", "about");
      about.append(el("summary", null, rule.summary || "About this rule"), el("pre", null, rule.doc));
      head.append(about);
    }
    return head;
  }
  function quote(label, text, onclick) {
    const q = el(onclick ? "button" : "div", "quote");
    if (onclick) { q.type = "button"; q.addEventListener("click", onclick); }
    q.append(el("span", "label", label), document.createTextNode(text));
    return q;
  }
  function buildCard(x) {
    const f = x.f, file = x.file;
    const card = el("article", "finding " + f.severity);
    card.tabIndex = -1;
    card.dataset.g = String(x.g);
    const top = el("div", "top");
    top.append(el("span", "sev " + f.severity, f.severity), el("b", null, f.rule + " " + f.name),
      el("span", "where", (FILES.length > 1 ? (file.source || "<input>") + ":" : "line ") + f.line + ":" + f.column),
      el("span", "state"));
    card.append(top, el("p", "message", f.message));
    const claim = f.claim && file.claims[f.claim];
    if (claim) {
      card.append(quote("claim, line " + claim.line + (f.span ? "" : " (not placed in the text)"), claim.text,
        () => select(x.g, { list: false })));
    } else if (f.span && f.span[1] > f.span[0]) {
      card.append(quote("flagged text", clip(file.text.slice(f.span[0], f.span[1]), 400), () => select(x.g, { list: false })));
    } else if (!f.span) {
      card.append(el("p", "where", f.start === 0 && f.end === 0 ? "About the whole article." : "Not placed in the text (line " + f.line + ")."));
    }
    for (const id of f.related) {
      const other = file.claims[id];
      if (!other) continue;
      card.append(quote("other side, line " + other.line, other.text, () => jumpClaim(x.g, id)));
    }
    const cite = f.citation && file.citations[f.citation];
    if (cite) {
      const p = el("p", "where", "citation (" + cite.kind + "): " + (cite.text ? "\u201c" + cite.text + "\u201d " : ""));
      if (cite.url) p.append(link(cite.url));
      card.append(p);
    }
    const keys = Object.keys(f.evidence).sort();
    if (keys.length) {
      const dl = el("dl", "evidence");
      for (const key of keys) {
        const value = f.evidence[key];
        const dd = el("dd");
        if (typeof value === "string" && httpUrl(value)) dd.append(link(value));
        else if (Array.isArray(value) && value.every((v) => typeof v === "string")) dd.textContent = value.join(", ");
        else dd.textContent = typeof value === "string" ? value : JSON.stringify(value);
        dl.append(el("dt", null, key), dd);
      }
      card.append(dl);
    }
    const advice = (DATA.rules[f.rule] || {}).advice;
    if (advice) {
      const todo = el("p", "todo");
      todo.append(el("b", null, "What to do: "), advice);
      card.append(todo);
    }
    const actions = el("div", "actions");
    const accept = el("button", "accept", "Accept (a)");
    accept.type = "button";
    accept.addEventListener("click", () => { select(x.g, { article: false }); setTriage(x, "accepted"); });
    actions.append(accept);
    REASONS.forEach(([reason, label], i) => {
      const b = el("button", "dismiss", "Dismiss: " + label + " (d " + (i + 1) + ")");
      b.type = "button"; b.dataset.reason = reason;
      b.addEventListener("click", () => { select(x.g, { article: false }); setTriage(x, "dismissed", reason); });
      actions.append(b);
    });
    const reset = el("button", "reset", "Reopen (u)");
    reset.type = "button";
    reset.addEventListener("click", () => setTriage(x, "open"));
    actions.append(reset);
    card.append(actions, el("div", "fp", "fingerprint " + f.fingerprint));
    card.addEventListener("click", (event) => {
      if (!event.target.closest("button, a, summary")) select(x.g, { list: false });
    });
    paintCard(card, x);
    return card;
  }
  function paintCard(card, x) {
    const t = triage[x.f.fingerprint];
    const state = t ? t.state : "open";
    card.classList.toggle("accepted", state === "accepted");
    card.classList.toggle("dismissed", state === "dismissed");
    const others = BY_FP.get(x.f.fingerprint).length - 1;
    card.querySelector(".state").textContent = state === "open" ? "" : state +
      (t.reason ? " (" + t.reason + ")" : "") + (others ? ", with " + others + " more of the same fingerprint" : "");
    card.querySelector(".reset").hidden = state === "open";
  }
  function refreshCard(x) {
    const card = cards.get(x.g);
    if (card) paintCard(card, x);
  }

  // ---- selection and jumps ------------------------------------------------------------------
  let current = -1;
  let back = null;
  function markCurrent() {
    for (const node of document.querySelectorAll(".current")) node.classList.remove("current");
    const card = cards.get(current);
    if (card) card.classList.add("current");
    for (const node of markOf.get(current) || []) node.classList.add("current");
  }
  function select(g, options) {
    const opts = options || {};
    current = g;
    const x = ALL[g];
    showFile(x.fi);
    ensureRendered(g);
    markCurrent();
    back = null;
    $("back").hidden = true;
    const card = cards.get(g);
    if (card && opts.list !== false) { card.scrollIntoView({ block: "nearest" }); card.focus({ preventScroll: true }); }
    const nodes = markOf.get(g) || [];
    if (nodes.length && opts.article !== false) { nodes[0].scrollIntoView({ block: "center" }); flash(nodes); }
  }
  function jumpClaim(g, id) {
    select(g, { article: false });
    const nodes = claimEls.get(id) || [];
    if (!nodes.length) return;
    nodes[0].scrollIntoView({ block: "center" });
    flash(nodes);
    back = g;
    $("back").hidden = false;
  }
  function goBack() {
    if (back !== null) select(back);
  }
  $("back").addEventListener("click", goBack);
  function step(delta) {
    if (!view.length) return;
    const at = view.findIndex((x) => x.g === current);
    const next = at < 0 ? (delta > 0 ? 0 : view.length - 1) : Math.min(view.length - 1, Math.max(0, at + delta));
    select(view[next].g);
  }
  function triageCurrent(state, reason) {
    if (current < 0) return;
    const at = view.findIndex((x) => x.g === current);
    setTriage(ALL[current], state, reason);
    if (filter.triage && filter.triage !== state) {
      // The finding leaves the view: stay at its place in the list, on the finding that follows.
      applyFilter();
      if (view.length) select(view[Math.min(at, view.length - 1)].g);
    }
  }

  // ---- export: the dismissed findings as a baseline file ------------------------------------
  function baseline() {
    // As `auditor check --write-baseline` writes it: one entry per fingerprint (the last finding's),
    // the claim's text or else the message, sorted by (source, rule, fingerprint).
    const byFingerprint = new Map();
    for (const x of ALL) {
      const t = triage[x.f.fingerprint];
      if (!t || t.state !== "dismissed") continue;
      const claim = x.f.claim && x.file.claims[x.f.claim];
      byFingerprint.set(x.f.fingerprint, { fingerprint: x.f.fingerprint, rule: x.f.rule, source: x.file.source || "",
        claim: claim ? claim.text : x.f.message, reason: t.reason });
    }
    const entries = Array.from(byFingerprint.values());
    entries.sort((a, b) => cmpCodePoints(a.source, b.source) || cmpCodePoints(a.rule, b.rule) || cmpCodePoints(a.fingerprint, b.fingerprint));
    return JSON.stringify({ schema_version: "1.0", tool: "auditor", findings: entries }, null, 2) + "\n";
  }
  function openExport() {
    const text = baseline();
    const n = JSON.parse(text).findings.length;
    $("export-note").textContent = n + " dismissed finding" + (n === 1 ? "" : "s") +
      ". Save as a file and run: auditor check --baseline FILE";
    $("export-text").value = text;
    $("export").showModal();
  }
  $("export-button").addEventListener("click", openExport);
  $("download").addEventListener("click", () => {
    const url = URL.createObjectURL(new Blob([$("export-text").value], { type: "application/json" }));
    const a = el("a");
    a.href = url; a.download = "auditor-baseline.json";
    document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  $("copy").addEventListener("click", () => {
    $("export-text").select();
    if (navigator.clipboard) navigator.clipboard.writeText($("export-text").value).catch(() => {});
  });

  // ---- keyboard -----------------------------------------------------------------------------
  const KEYS = [["j  n", "next finding"], ["k  p", "previous finding"], ["Enter", "show the finding in the article"],
    ["a", "accept (a real problem)"], ["d 1 / d 2 / d 3", "dismiss: false positive / intended / won't fix"],
    ["u", "reopen (undo accept or dismiss)"], ["r", "go to the other claim of a contradiction"],
    ["b", "back to the finding"], ["/", "search"], ["e", "export the baseline"], ["?", "this help"], ["Esc", "close, leave the search"]];
  for (const [key, what] of KEYS) $("keys").append(el("dt", null, key), el("dd", null, what));
  for (const b of document.querySelectorAll("dialog .close")) b.addEventListener("click", () => b.closest("dialog").close());
  $("help-button").addEventListener("click", () => $("help").showModal());
  let pending = false;
  function choosing(on) {
    pending = on;
    const card = cards.get(current);
    if (card) for (const b of card.querySelectorAll(".dismiss")) b.classList.toggle("choosing", on);
  }
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const typing = event.target.closest && event.target.closest("input, select, textarea");
    if (event.key === "Escape") { choosing(false); if (typing) event.target.blur(); return; }
    if (typing || document.querySelector("dialog[open]")) return;
    const key = event.key;
    if (key === "Enter" && event.target.closest && event.target.closest("button, a, summary")) return; // their own action
    if (pending) {
      choosing(false);
      const reason = REASONS[Number(key) - 1];
      if (reason) { triageCurrent("dismissed", reason[0]); event.preventDefault(); }
      return;
    }
    const x = current >= 0 ? ALL[current] : null;
    const actions = {
      j: () => step(1), n: () => step(1), k: () => step(-1), p: () => step(-1),
      Enter: () => { if (x) select(current); },
      a: () => triageCurrent("accepted"),
      d: () => { if (x) choosing(true); },
      u: () => triageCurrent("open"),
      r: () => { if (x && x.f.related.length) jumpClaim(current, x.f.related[0]); },
      b: goBack,
      "/": () => $("search").focus(),
      e: openExport,
      "?": () => $("help").showModal(),
    };
    if (actions[key]) { event.preventDefault(); actions[key](); }
  });

  // ---- the file list (a run of several files) and start -------------------------------------
  function fileList() {
    if (FILES.length < 2) return;
    $("files").hidden = false;
    FILES.forEach((file, fi) => {
      const li = el("li");
      const b = el("button", null, (file.source || "<input>") + " \u2014 " + (file.error ? "not audited" : file.findings.length + " findings"));
      b.type = "button"; b.dataset.fi = String(fi);
      b.addEventListener("click", () => {
        filter.file = String(fi); $("file").value = filter.file;
        showFile(fi); applyFilter();
      });
      li.append(b);
      $("files").append(li);
    });
  }
  header();
  filters();
  fileList();
  applyFilter();
  const start = FILES.findIndex((f) => f.text !== null && f.findings.length);
  showFile(start >= 0 ? start : 0);
  showProgress();
  document.documentElement.dataset.ready = "1";
})();
