/**
 * The summary table the CLI prints.
 */

const MARK = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', 'n/a': 'n/a ' };

/**
 * The report as a plain-text table: one line per item, evidence shortened to `width`.
 *
 * @example
 * console.log(terminalTable(report, { width: 100 }));
 */
export function terminalTable(report, { width = 110 } = {}) {
  const lines = [
    `cookiegate audit ${report.url}  (${(report.durationMs / 1000).toFixed(1)} s, ${report.viewports.join(' and ')})`,
  ];
  if (report.error) lines.push(`Could not audit: ${report.error}`);
  const room = Math.max(30, width - 52);
  for (const c of report.checks) {
    const ev = c.evidence.length > room ? c.evidence.slice(0, room - 1) + '…' : c.evidence;
    lines.push(`${c.id.padEnd(4)} ${MARK[c.status]}  ${c.title.slice(0, 40).padEnd(40)}  ${ev}`);
  }
  const count = (s) => report.checks.filter((c) => c.status == s).length;
  const trackers = report.requests.filter((r) => r.tracker).length;
  lines.push(
    `${count('fail')} fail, ${count('warn')} warn, ${count('pass')} pass, ${count('n/a')} n/a · ${report.requests.length} requests (${trackers} to trackers), ${new Set(report.cookies.map((c) => c.name)).size} cookies`,
  );
  return lines.join('\n');
}

/**
 * The CLI's exit code: 1 when an item fails (or warns, with `failOn: 'warn'`) or the site
 * could not be audited, else 0.
 *
 * @example
 * process.exitCode = exitCode(report, 'warn');
 */
export function exitCode(report, failOn = 'fail') {
  if (report.error) return 1;
  const bad = failOn == 'warn' ? ['fail', 'warn'] : ['fail'];
  return report.checks.some((c) => bad.includes(c.status)) ? 1 : 0;
}
