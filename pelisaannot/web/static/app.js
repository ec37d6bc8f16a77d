// pelisaannot's page: checks the draft on the local server as you type (debounced), highlights each finding
// in place, lists it with its message, the clause it enforces, the link and a better wording; counts as the
// chosen platform counts; redacts and copies. No libraries, nothing loaded from outside.
"use strict";

const DEBOUNCE_MS = 90;  // the highlight follows a pause in typing within ~150 ms (the check itself takes ~20 ms)
const UI = {
  fi: {title: "Tarkista somepäivitys ennen julkaisua", language: "Kieli", skip: "Siirry luonnokseen",
    intro: "Kirjoita tai liitä luonnos. Tarkistus tehdään tällä koneella: tekstiä ei lähetetä minnekään muualle.",
    platform: "Palvelu", generic: "yleinen", draft: "Luonnos", redact: "Poista asiakastiedot", copy: "Kopioi",
    findings: "Huomiot", rules: "Kaikki säännöt", api: "Rajapinta (OpenAPI)",
    length: (n, max) => max ? `${n} / ${max} merkkiä` : `${n} merkkiä`,
    hashtags: (n, max) => max ? `${n} / ${max} hashtagia` : `${n} hashtagia`,
    mentions: (n, max) => max ? `${n} / ${max} mainintaa` : `${n} mainintaa`,
    none: "Ei huomautettavaa.", count: (n) => n === 1 ? "1 huomio" : `${n} huomiota`,
    error: "virhe", warning: "varoitus", info: "huomio", clause: "Pelisääntö", link: "Lue pelisääntö",
    suggestion: "Parempi tapa", show: "Näytä kohta luonnoksessa", copied: "Kopioitu leikepöydälle.",
    copyFailed: "Kopiointi ei onnistunut: valitse teksti ja kopioi itse.", redacted: (n) => n === 0 ?
      "Asiakastietoja ei löytynyt." : `Poistettu ${n} asiakastietoa.`, failed: "Tarkistus ei onnistunut: "},
  sv: {title: "Granska inlägget innan du publicerar", language: "Språk", skip: "Till utkastet",
    intro: "Skriv eller klistra in ett utkast. Granskningen görs på den här datorn: texten skickas ingen annanstans.",
    platform: "Tjänst", generic: "allmän", draft: "Utkast", redact: "Ta bort kunduppgifter", copy: "Kopiera",
    findings: "Anmärkningar", rules: "Alla regler", api: "Gränssnitt (OpenAPI)",
    length: (n, max) => max ? `${n} / ${max} tecken` : `${n} tecken`,
    hashtags: (n, max) => max ? `${n} / ${max} hashtaggar` : `${n} hashtaggar`,
    mentions: (n, max) => max ? `${n} / ${max} omnämnanden` : `${n} omnämnanden`,
    none: "Inget att anmärka.", count: (n) => n === 1 ? "1 anmärkning" : `${n} anmärkningar`,
    error: "fel", warning: "varning", info: "notering", clause: "Regel", link: "Läs regeln",
    suggestion: "Bättre sätt", show: "Visa stället i utkastet", copied: "Kopierat till urklipp.",
    copyFailed: "Kopieringen misslyckades: markera texten och kopiera själv.", redacted: (n) => n === 0 ?
      "Inga kunduppgifter hittades." : `${n} kunduppgifter borttagna.`, failed: "Granskningen misslyckades: "},
  en: {title: "Check a social-media post before publishing", language: "Language", skip: "Skip to the draft",
    intro: "Write or paste a draft. It is checked on this computer: the text is sent nowhere else.",
    platform: "Platform", generic: "generic", draft: "Draft", redact: "Remove customer data", copy: "Copy",
    findings: "Findings", rules: "All rules", api: "API (OpenAPI)",
    length: (n, max) => max ? `${n} / ${max} characters` : `${n} characters`,
    hashtags: (n, max) => max ? `${n} / ${max} hashtags` : `${n} hashtags`,
    mentions: (n, max) => max ? `${n} / ${max} mentions` : `${n} mentions`,
    none: "Nothing to report.", count: (n) => n === 1 ? "1 finding" : `${n} findings`,
    error: "error", warning: "warning", info: "note", clause: "Policy", link: "Read the policy",
    suggestion: "A better way", show: "Show it in the draft", copied: "Copied to the clipboard.",
    copyFailed: "Copying failed: select the text and copy it yourself.", redacted: (n) => n === 0 ?
      "No customer data found." : `Removed ${n} pieces of customer data.`, failed: "The check failed: "},
};

const $ = (id) => document.getElementById(id);
const state = {lang: "fi", rules: {}, findings: [], stats: null, seq: 0, timer: null, typedAt: 0};
window.pelisaannot = {latencies: [], checks: 0};  // for the browser tests: ms from the last keystroke to the highlight

function token() {
  const m = /(?:^|[#&])token=([^&]+)/.exec(location.hash);
  if (m) sessionStorage.setItem("pelisaannot-token", decodeURIComponent(m[1]));
  return sessionStorage.getItem("pelisaannot-token");
}

async function api(path, body) {
  const headers = {"content-type": "application/json"};
  const t = token();
  if (t) headers.authorization = `Bearer ${t}`;
  const response = await fetch(path, body === undefined ? {headers} : {method: "POST", headers, body: JSON.stringify(body)});
  const data = await response.json();
  if (!response.ok) throw new Error(data.error ? data.error.message : response.statusText);
  return data;
}

// Findings count code points; JavaScript strings count UTF-16 units.
function unitOffsets(text) {
  const map = [];
  let unit = 0;
  for (const ch of text) { map.push(unit); unit += ch.length; }
  map.push(unit);
  return map;
}

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
}

function renderBackdrop(text) {
  const map = unitOffsets(text);
  const spans = state.findings.map((f, i) => ({start: map[f.start], end: map[f.end], sev: f.severity, i}))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let html = "", last = 0;
  for (const s of spans) {
    if (s.start < last) continue;  // overlapping findings: the first one is highlighted, all are listed
    html += escapeHtml(text.slice(last, s.start));
    html += `<mark class="sev-${s.sev}" data-finding="${s.i}">${escapeHtml(text.slice(s.start, s.end))}</mark>`;
    last = s.end;
  }
  html += escapeHtml(text.slice(last));
  $("backdrop").innerHTML = html + "\n";  // a trailing newline keeps the last empty line's height
  syncScroll();
}

function syncScroll() { $("backdrop").scrollTop = $("draft").scrollTop; }

function renderCounters() {
  const t = UI[state.lang], s = state.stats;
  if (!s) return;
  const put = (id, n, max, label) => {
    const el = $(id);
    el.textContent = label(n, max);
    el.classList.toggle("over", max !== null && n > max);
  };
  put("count-length", s.length, s.max_length, t.length);
  put("count-hashtags", s.hashtags, s.max_hashtags, t.hashtags);
  put("count-mentions", s.mentions, s.max_mentions, t.mentions);
}

function renderFindings(text) {
  const t = UI[state.lang], list = $("findings");
  list.innerHTML = "";
  $("summary").textContent = text.trim() ? (state.findings.length ? t.count(state.findings.length) : t.none) : "";
  state.findings.forEach((f, i) => {
    const rule = state.rules[f.rule] || {};
    const li = document.createElement("li");
    li.className = `sev-${f.severity}`;
    li.innerHTML = `<details><summary><span class="sev">${escapeHtml(t[f.severity] || f.severity)}</span>:
      <span class="what">${escapeHtml(f.title || f.rule)}</span> – “${escapeHtml(f.text)}”
      <span class="rule-id">${escapeHtml(f.rule)}</span></summary>
      <p class="message">${escapeHtml(f.message)}</p>
      ${rule.clause && rule.clause.quote ? `<p><strong>${escapeHtml(t.clause)}${rule.clause.section ?
        " (" + escapeHtml(rule.clause.section) + ")" : ""}:</strong></p><blockquote>${escapeHtml(rule.clause.quote)}</blockquote>` : ""}
      ${f.suggestion ? `<p><strong>${escapeHtml(t.suggestion)}:</strong> ${escapeHtml(f.suggestion)}</p>` : ""}
      <p><a href="${escapeHtml(f.link)}" target="_blank" rel="noopener">${escapeHtml(t.link)}</a>
      <button type="button" class="show" data-finding="${i}">${escapeHtml(t.show)}</button></p></details>`;
    list.appendChild(li);
  });
}

function showFinding(i) {
  const f = state.findings[i], text = $("draft").value, map = unitOffsets(text);
  const area = $("draft");
  area.focus();
  area.setSelectionRange(map[f.start], map[f.end]);
  document.querySelectorAll("mark.current").forEach((m) => m.classList.remove("current"));
  const mark = document.querySelector(`mark[data-finding="${i}"]`);
  if (mark) mark.classList.add("current");
}

async function check() {
  const text = $("draft").value, seq = ++state.seq, platform = $("platform").value;
  try {
    const data = await api("/v1/check", {text, platform, lang: state.lang});
    if (seq !== state.seq) return;  // a newer check has started: this answer is stale
    state.findings = data.findings;
    state.stats = data.stats[0];
    renderBackdrop(text);
    renderFindings(text);
    renderCounters();
    window.pelisaannot.checks += 1;
    if (state.typedAt) window.pelisaannot.latencies.push(performance.now() - state.typedAt);
    state.typedAt = 0;
    document.body.dataset.checked = String(window.pelisaannot.checks);
  } catch (err) {
    if (seq === state.seq) $("status").textContent = UI[state.lang].failed + err.message;
  }
}

function scheduleCheck() {
  state.typedAt = performance.now();
  renderBackdrop($("draft").value);  // keep the highlights' text in step until the new answer comes
  clearTimeout(state.timer);
  state.timer = setTimeout(check, DEBOUNCE_MS);
}

async function redact() {
  const area = $("draft");
  try {
    const data = await api("/v1/redact", {text: area.value, platform: $("platform").value});
    area.value = data.text;
    $("status").textContent = UI[state.lang].redacted(data.replaced);
    await check();
  } catch (err) { $("status").textContent = UI[state.lang].failed + err.message; }
}

async function copy() {
  const t = UI[state.lang], area = $("draft");
  try {
    await navigator.clipboard.writeText(area.value);
    $("status").textContent = t.copied;
  } catch (_) {
    area.select();  // older browsers, or no clipboard permission: the selection-based copy
    $("status").textContent = document.execCommand("copy") ? t.copied : t.copyFailed;
  }
}

function setLanguage(lang) {
  state.lang = UI[lang] ? lang : "fi";
  const t = UI[state.lang];
  document.documentElement.lang = state.lang;
  document.title = t.title;
  document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t[el.dataset.i18n]; });
  localStorage.setItem("pelisaannot-lang", state.lang);
  renderFindings($("draft").value);
  renderCounters();
  if ($("draft").value.trim()) check();  // the findings' messages come in the page's language
}

async function start() {
  const saved = localStorage.getItem("pelisaannot-lang");
  const wanted = new URLSearchParams(location.search).get("lang") || saved || "fi";
  $("ui-lang").value = UI[wanted] ? wanted : "fi";
  setLanguage($("ui-lang").value);
  $("ui-lang").addEventListener("change", (e) => setLanguage(e.target.value));
  $("draft").addEventListener("input", scheduleCheck);
  $("draft").addEventListener("scroll", syncScroll);
  $("platform").addEventListener("change", check);
  $("redact").addEventListener("click", redact);
  $("copy").addEventListener("click", copy);
  $("findings").addEventListener("click", (e) => {
    const button = e.target.closest("button.show");
    if (button) showFinding(Number(button.dataset.finding));
  });
  try {
    const data = await api("/v1/rules");
    for (const r of data.rules) state.rules[r.id] = r;
  } catch (err) { $("status").textContent = UI[state.lang].failed + err.message; }
  await check();
  document.body.dataset.ready = "1";
}

document.addEventListener("DOMContentLoaded", start);
