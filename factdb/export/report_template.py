"""The HTML report's fixed parts: page skeleton, stylesheet and filter script, all inline.

Kept as Python strings, not a template file, so the report works from an installed wheel and
opens offline: no external font, stylesheet or script is ever referenced.
"""

from __future__ import annotations

STYLE = """
:root { --ink: #1d1d1f; --muted: #6b6b70; --rule: #e3e3e6; --quote: #fff1a8;
  --quote-strong: #ffd54a; --paper: #fbfbf8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 Georgia, "Times New Roman", serif; color: var(--ink);
  background: var(--paper); }
header, main { max-width: 1100px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; border-bottom: 2px solid var(--ink); }
h1 { font: 700 28px/1.2 system-ui, sans-serif; margin: 0 0 4px; }
h2 { font: 700 21px/1.3 system-ui, sans-serif; margin: 32px 0 4px; }
.summary, .meta { color: var(--muted); font: 14px/1.4 system-ui, sans-serif; margin: 0 0 12px; }
.meta a { color: inherit; }
.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 12px 0;
  font: 14px system-ui, sans-serif; }
.filters input[type=search] { flex: 1 1 240px; padding: 6px 8px; font: inherit; }
.filters select { padding: 5px; font: inherit; }
table.claims { width: 100%; border-collapse: collapse; font: 14px/1.4 system-ui, sans-serif; }
table.claims th { text-align: left; border-bottom: 2px solid var(--ink); padding: 6px; }
table.claims td { border-bottom: 1px solid var(--rule); padding: 6px; vertical-align: top; }
table.claims td.text { font-family: Georgia, serif; }
tr.hidden, .hidden { display: none; }
.badge { display: inline-block; padding: 1px 7px; border-radius: 9px; font: 600 12px/1.6
  system-ui, sans-serif; color: #fff; background: #8a8a8f; white-space: nowrap; }
.badge.inherited { opacity: .75; border: 1px dashed #fff; }
.st-unverified { background: #b9b9bd; color: #222; }
.st-in-progress { background: #2f6fdf; }
.st-confirmed { background: #1e8a44; }
.st-disputed { background: #d9822b; }
.st-false { background: #c62828; }
.st-misleading { background: #8e3fb3; }
.st-unverifiable { background: #6b6b70; }
.st-retracted { background: #222; }
.para { display: grid; grid-template-columns: 190px 1fr; gap: 20px; }
.para p { margin: 0 0 14px; white-space: pre-wrap; }
.margin { font: 12px/1.35 system-ui, sans-serif; color: var(--muted); text-align: right; }
.margin .note { margin-bottom: 8px; }
.margin .who { display: block; color: var(--ink); font-weight: 600; }
mark.quote { background: var(--quote); color: inherit; padding: 0 1px; }
mark.quote.kind-indirect { background: #e4f0ff; }
mark.quote.focus { background: var(--quote-strong); outline: 2px solid var(--quote-strong); }
mark.quote.dim { background: transparent; }
u.hedge { text-decoration: underline wavy #c62828; text-underline-offset: 3px; }
a.jump { color: inherit; }
footer { max-width: 1100px; margin: 40px auto; padding: 12px 24px; color: var(--muted);
  font: 12px system-ui, sans-serif; border-top: 1px solid var(--rule); }
"""

SCRIPT = """
(function () {
  var q = document.getElementById('f-text'), st = document.getElementById('f-status'),
      sp = document.getElementById('f-speaker'), hd = document.getElementById('f-hedged'),
      shown = document.getElementById('f-count'), marks = {};
  document.querySelectorAll('mark[data-claim]').forEach(function (m) {
    (marks[m.dataset.claim] = marks[m.dataset.claim] || []).push(m);
  });
  function marksOf(id) { return marks[id] || []; }
  function apply() {
    var text = q.value.toLowerCase(), n = 0;
    document.querySelectorAll('tr.claim').forEach(function (row) {
      var ok = (!text || row.dataset.search.indexOf(text) >= 0) &&
        (!st.value || row.dataset.status === st.value) &&
        (!sp.value || row.dataset.speaker === sp.value) &&
        (!hd.checked || row.dataset.hedged === 'yes');
      row.classList.toggle('hidden', !ok);
      marksOf(row.dataset.claim).forEach(function (m) { m.classList.toggle('dim', !ok); });
      if (ok) { n += 1; }
    });
    shown.textContent = n;
  }
  [q, st, sp, hd].forEach(function (el) { el.addEventListener('input', apply); });
  document.querySelectorAll('a.jump').forEach(function (a) {
    a.addEventListener('click', function () {
      document.querySelectorAll('mark.focus').forEach(function (m) { m.classList.remove('focus'); });
      marksOf(a.dataset.claim).forEach(function (m) { m.classList.add('focus'); });
    });
  });
  apply();
  document.documentElement.classList.add('js-ready');
})();
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<p class="summary">{summary}</p>
</header>
<main>
<h2 id="claims">Claims</h2>
<div class="filters">
<input id="f-text" type="search" placeholder="Search claims, speakers, outlets" aria-label="Search">
<label>Status <select id="f-status"><option value="">any</option>{status_options}</select></label>
<label>Speaker <select id="f-speaker"><option value="">any</option>{speaker_options}</select></label>
<label><input id="f-hedged" type="checkbox"> hedged only</label>
<span><span id="f-count">{count}</span> shown</span>
</div>
<table class="claims">
<thead><tr><th>#</th><th>Speaker</th><th>Claim</th><th>Status</th><th>Hedges</th><th>Where</th></tr></thead>
<tbody>
{claim_rows}
</tbody>
</table>
{articles}
</main>
<footer>Generated by factdb. Highlighted: quotes (yellow: direct, blue: reported); wavy underline: hedge cues.</footer>
<script>{script}</script>
</body>
</html>
"""
