/**
 * The self-contained HTML report a person reads: the table, the screenshots, a timeline of
 * tracker requests per phase and the cookies with their lifetimes. Everything from the site
 * is escaped; no script, no external resource.
 */

const esc = (s) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

const CSS = `
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1rem 1.5rem;color:#1a1a1a;background:#fff}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eee}.s{font-weight:700;white-space:nowrap}
.fail{background:#fde2e1;color:#8a1010}.warn{background:#fff1c2;color:#5c4200}.pass{background:#dff3e2;color:#14532d}.na{background:#f2f2f2;color:#3d3d3d}
.sum span{display:inline-block;margin-right:1rem;padding:.2rem .6rem;border-radius:4px}
figure{display:inline-block;margin:0 1rem 1rem 0;vertical-align:top}figure img{border:1px solid #888;max-width:100%;height:auto}
figcaption{font-size:.9rem}code{font-size:.9em;word-break:break-all}small{color:#444}
`;

const cls = (s) => (s == 'n/a' ? 'na' : s);

/**
 * The report as one HTML document.
 *
 * @example
 * writeFileSync('audit.html', htmlReport(report));
 */
export function htmlReport(report) {
  const count = (s) => report.checks.filter((c) => c.status == s).length;
  const rows = report.checks
    .map(
      (c) =>
        `<tr><th scope="row">${esc(c.id)}</th><td class="s ${cls(c.status)}">${esc(c.status.toUpperCase())}</td><td>${esc(c.title)}</td><td>${esc(c.evidence)}</td><td><small>${esc(c.source)}</small></td></tr>`,
    )
    .join('\n');
  const shots = report.screenshots
    .map(
      (s) =>
        `<figure><img src="data:image/jpeg;base64,${s.jpeg}" alt="${esc(`The ${s.of} at ${s.viewport}`)}" width="${s.viewport.startsWith('360') ? 270 : 520}"><figcaption>${esc(s.of)}, ${esc(s.viewport)}</figcaption></figure>`,
    )
    .join('\n');
  const timeline = group(
    report.requests.filter((r) => r.tracker),
    (r) => `${r.viewport} · ${r.phase}`,
  )
    .map(
      ([key, rs]) =>
        `<tr><th scope="row">${esc(key)}</th><td>${rs.length}</td><td>${esc([...new Set(rs.map((r) => r.host))].join(', '))}</td></tr>`,
    )
    .join('\n');
  const cookies = group(report.cookies, (c) => `${c.name}@${c.domain}`)
    .map(([, cs]) => {
      const c = cs[0];
      return `<tr><th scope="row"><code>${esc(c.name)}</code></th><td>${esc(c.domain)}</td><td>${c.days == null ? 'session' : esc(c.days + ' days')}</td><td>${c.httpOnly ? 'yes' : 'no'}</td><td>${esc(c.preset ?? (c.tracker ? 'tracker' : '—'))}</td><td>${esc([...new Set(cs.map((x) => x.phase))].join(', '))}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Consent audit of ${esc(report.url)}</title><style>${CSS}</style></head>
<body><main>
<h1>Consent audit of <code>${esc(report.url)}</code></h1>
<p>Started ${esc(report.startedAt)}, took ${esc((report.durationMs / 1000).toFixed(1))} s at ${esc(report.viewports.join(' and '))}${report.offline ? ', other hosts answered locally (offline)' : ''}. Checklist C1–C22 (strict profile).</p>
${report.error ? `<p class="fail"><strong>Could not audit:</strong> ${esc(report.error)}</p>` : ''}
<p class="sum"><span class="fail">${count('fail')} fail</span><span class="warn">${count('warn')} warn</span><span class="pass">${count('pass')} pass</span><span class="na">${count('n/a')} not applicable or unknown</span></p>
<h2>Results</h2>
<table><caption>Each checklist item with its status, evidence and legal source</caption><thead><tr><th scope="col">Item</th><th scope="col">Status</th><th scope="col">Requirement</th><th scope="col">Evidence</th><th scope="col">Source</th></tr></thead><tbody>
${rows}
</tbody></table>
<h2>Screenshots</h2>
${shots || '<p>No banner was found to photograph.</p>'}
<h2>Tracker requests per phase</h2>
${timeline ? `<table><thead><tr><th scope="col">Viewport · phase</th><th scope="col">Requests</th><th scope="col">Hosts</th></tr></thead><tbody>${timeline}</tbody></table>` : '<p>No request to a tracker host in any phase.</p>'}
<h2>Cookies</h2>
${cookies ? `<table><thead><tr><th scope="col">Name</th><th scope="col">Domain</th><th scope="col">Lifetime</th><th scope="col">HttpOnly</th><th scope="col">Service</th><th scope="col">Seen in</th></tr></thead><tbody>${cookies}</tbody></table>` : '<p>No cookie was set.</p>'}
<p><small>${esc(report.requests.length)} requests recorded; the full evidence is in the JSON report (<code>--json</code>).</small></p>
</main></body></html>
`;
}

function group(xs, key) {
  const m = new Map();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return [...m.entries()];
}
