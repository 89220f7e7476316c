"""The HTML report's stylesheet and script, inlined into every page (no CDN, no network).

The script only filters findings (a link's `#severity=error,warning&rule=ID` presets the filters)
and opens/closes plans: without it (JavaScript off) every finding is shown and every plan can
still be opened by hand.
"""

from __future__ import annotations

CSS = """
:root { --bg:#f6f8fa; --card:#fff; --ink:#1f2328; --muted:#59636e; --line:#d1d9e0;
  --error:#cf222e; --error-bg:#ffebe9; --warning:#9a6700; --warning-bg:#fff8c5;
  --info:#0969da; --info-bg:#ddf4ff; --good:#1a7f37; --good-bg:#dafbe1; --accent:#0969da;
  --bar:#54aeff; --bar-hot:#fd8c73; --mono:ui-monospace,SFMono-Regular,"DejaVu Sans Mono",Menlo,Consolas,monospace; }
* { box-sizing:border-box; }
body { margin:0; background:var(--bg); color:var(--ink);
  font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans","DejaVu Sans",Helvetica,Arial,sans-serif; }
header.top { background:#1f2937; color:#f3f4f6; padding:18px 32px 14px; }
header.top h1 { margin:0; font-size:20px; font-weight:600; letter-spacing:.2px; }
header.top h1 .cmd { color:#93c5fd; font-family:var(--mono); font-size:17px; }
header.top .meta { color:#c7ced8; font-size:13px; margin-top:4px; }
nav.toc { background:#111827; padding:0 32px; display:flex; gap:4px; position:sticky; top:0; z-index:5; }
nav.toc a { color:#d1d5db; text-decoration:none; padding:8px 12px; font-size:13px; border-bottom:2px solid transparent; }
nav.toc a:hover { color:#fff; border-bottom-color:#60a5fa; }
main { max-width:1280px; margin:0 auto; padding:20px 32px 48px; }
section { margin-top:26px; }
h2 { font-size:17px; margin:0 0 10px; font-weight:600; }
h3 { font-size:14px; margin:0 0 8px; font-weight:600; }
.card { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:14px 16px; }
.cards { display:grid; grid-template-columns:repeat(auto-fit,minmax(150px,1fr)); gap:12px; }
.stat .n { font-size:26px; font-weight:600; line-height:1.2; }
.stat .l { color:var(--muted); font-size:12px; text-transform:uppercase; letter-spacing:.4px; }
.stat.error .n { color:var(--error); } .stat.warning .n { color:var(--warning); } .stat.info .n { color:var(--info); }
.grid2 { display:grid; grid-template-columns:repeat(auto-fit,minmax(480px,1fr)); gap:16px; }
.muted { color:var(--muted); } .small { font-size:12px; }
code, pre { font-family:var(--mono); font-size:12.5px; }
pre { background:#f6f8fa; border:1px solid var(--line); border-radius:6px; padding:8px 10px; margin:6px 0 0;
  white-space:pre-wrap; word-break:break-word; }
.verdict { border-radius:8px; padding:12px 16px; font-weight:600; margin-bottom:12px; }
.verdict.pass { background:var(--good-bg); color:var(--good); border:1px solid #4ac26b; }
.verdict.fail { background:var(--error-bg); color:var(--error); border:1px solid #ff8182; }
.verdict ul { margin:6px 0 0; font-weight:400; color:var(--ink); }
.filters { display:flex; flex-wrap:wrap; align-items:center; gap:8px 14px; margin-bottom:12px; }
.filters label.sev { display:inline-flex; align-items:center; gap:6px; padding:3px 10px; border-radius:999px;
  border:1px solid var(--line); background:#fff; cursor:pointer; font-size:13px; user-select:none; }
.filters select, .filters input[type=search] { font:inherit; font-size:13px; padding:3px 8px;
  border:1px solid var(--line); border-radius:6px; background:#fff; }
.filters .count { color:var(--muted); font-size:13px; margin-left:auto; }
.badge { display:inline-block; font-size:11px; font-weight:700; text-transform:uppercase; letter-spacing:.4px;
  padding:1px 8px; border-radius:999px; vertical-align:1px; }
.badge.error { background:var(--error-bg); color:var(--error); }
.badge.warning { background:var(--warning-bg); color:var(--warning); }
.badge.info { background:var(--info-bg); color:var(--info); }
.badge.proof { background:#eff2f5; color:var(--muted); font-weight:600; }
.badge.block { background:var(--error); color:#fff; }
.finding { border-left:4px solid var(--line); margin-bottom:10px; }
.finding.error { border-left-color:var(--error); } .finding.warning { border-left-color:#d4a72c; }
.finding.info { border-left-color:var(--info); }
.finding .head { display:flex; flex-wrap:wrap; gap:8px; align-items:baseline; }
.finding .rule { font-family:var(--mono); font-weight:600; }
.finding .msg { margin:6px 0 4px; font-size:14.5px; }
dl.kv { display:grid; grid-template-columns:max-content 1fr; gap:3px 14px; margin:6px 0 0; font-size:13px; }
dl.kv dt { color:var(--muted); } dl.kv dd { margin:0; min-width:0; }
ul.ev { margin:0; padding-left:18px; } ul.ev li { margin:0; }
.chart svg { width:100%; max-width:720px; height:auto; display:block; }
.chart .axis { stroke:#8c959f; stroke-width:1; } .chart .gridl { stroke:#eaeef2; stroke-width:1; }
.chart text { font-size:11.5px; fill:#59636e; font-family:inherit; }
.chart text.v { fill:#1f2328; font-weight:600; }
.chart text.lbl { fill:#1f2328; }
details.q { background:var(--card); border:1px solid var(--line); border-radius:8px; margin-bottom:8px; }
details.q > summary { cursor:pointer; padding:8px 12px; display:flex; gap:12px; align-items:baseline; list-style:none; }
details.q > summary::-webkit-details-marker { display:none; }
details.q > summary::before { content:"\\25B8"; color:var(--muted); }
details.q[open] > summary::before { content:"\\25BE"; }
details.q > summary code { flex:1; overflow:hidden; text-overflow:ellipsis; white-space:nowrap; }
details.q > summary .nums { color:var(--muted); font-size:12px; white-space:nowrap; }
details.q .body { padding:0 12px 12px; }
table { border-collapse:collapse; width:100%; }
caption { text-align:left; padding:2px 0; }
table.plan { font-size:12.5px; margin-top:8px; }
table.plan th, table.data th { text-align:left; color:var(--muted); font-weight:600; font-size:11.5px;
  text-transform:uppercase; letter-spacing:.3px; border-bottom:1px solid var(--line); padding:4px 8px; }
table.plan td, table.data td { border-bottom:1px solid #eaeef2; padding:4px 8px; vertical-align:top; }
table.plan td.num, table.data td.num, table.data th.num { text-align:right; white-space:nowrap;
  font-variant-numeric:tabular-nums; }
table.plan .nt { font-weight:600; } table.plan .tree { color:#8c959f; font-family:var(--mono); white-space:pre; }
table.plan .on { color:var(--accent); } table.plan .det { color:var(--muted); font-family:var(--mono); font-size:11.5px; }
table.plan .off { color:var(--error); font-weight:600; }
.share { display:flex; align-items:center; gap:6px; min-width:150px; }
.share .track { flex:1; height:8px; background:#eaeef2; border-radius:4px; overflow:hidden; }
.share .fill { height:100%; background:var(--bar); }
.share .fill.hot { background:var(--bar-hot); }
.share span { width:46px; text-align:right; white-space:nowrap; font-variant-numeric:tabular-nums; }
.ba { display:grid; grid-template-columns:minmax(0,2fr) minmax(0,3fr); gap:4px 16px; align-items:center; }
footer { color:var(--muted); font-size:12px; text-align:center; padding:24px; }
[hidden] { display:none !important; }
@media print { nav.toc { display:none; } details.q { break-inside:avoid; } }
"""

JS = """
(function () {
  var boxes = document.querySelectorAll('input[data-filter-severity]');
  var rule = document.getElementById('filter-rule');
  var text = document.getElementById('filter-text');
  var count = document.getElementById('filter-count');
  var findings = document.querySelectorAll('.finding');
  function apply() {
    var on = {};
    boxes.forEach(function (b) { on[b.getAttribute('data-filter-severity')] = b.checked; });
    var r = rule ? rule.value : '';
    var t = text ? text.value.toLowerCase() : '';
    var shown = 0;
    findings.forEach(function (f) {
      var ok = on[f.getAttribute('data-severity')] !== false &&
        (!r || f.getAttribute('data-rule') === r) &&
        (!t || f.textContent.toLowerCase().indexOf(t) >= 0);
      f.hidden = !ok;
      if (ok) { shown += 1; }
    });
    if (count) { count.textContent = shown + ' of ' + findings.length + ' shown'; }
  }
  // a link can preset the filters: report.html#severity=error,warning&rule=missing-index
  var preset = {};
  location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
    var kv = pair.split('=');
    if (kv.length === 2) { preset[kv[0]] = decodeURIComponent(kv[1]); }
  });
  if (preset.severity) {
    var wanted = preset.severity.split(',');
    boxes.forEach(function (b) { b.checked = wanted.indexOf(b.getAttribute('data-filter-severity')) >= 0; });
  }
  if (preset.rule && rule) { rule.value = preset.rule; }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  if (rule) { rule.addEventListener('change', apply); }
  if (text) { text.addEventListener('input', apply); }
  document.querySelectorAll('[data-plans]').forEach(function (btn) {
    btn.addEventListener('click', function () {
      var open = btn.getAttribute('data-plans') === 'open';
      document.querySelectorAll('details.q').forEach(function (d) { d.open = open; });
    });
  });
  apply();
})();
"""
