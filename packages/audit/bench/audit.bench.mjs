// Benchmark (not a test): a full audit of the demo shop, every phase at both viewports,
// with the default time limits, other hosts answered locally. Prints the time and the
// machine's load average, which on a shared machine matters as much as the figure.
// Run: npm run bench:audit (builds first), or node packages/audit/bench/audit.bench.mjs
import { loadavg } from 'node:os';
import { audit } from '../src/index.mjs';
import { startShop } from '../test/shop.mjs';

const shop = await startShop();
try {
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const t = performance.now();
  const report = await audit(shop.url, { offline: true, onProgress: (line) => console.error(line) });
  const seconds = (performance.now() - t) / 1000;
  const count = (s) => report.checks.filter((c) => c.status == s).length;
  console.log(`audit of the demo shop, ${report.viewports.join(' and ')}, all phases: ${seconds.toFixed(1)} s`);
  console.log(
    `  ${count('fail')} fail, ${count('warn')} warn, ${count('pass')} pass, ${count('n/a')} n/a; ${report.requests.length} requests recorded`,
  );
  console.log(
    `  load average before: ${load}; after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (${(await import('node:os')).cpus().length} cores)`,
  );
  if (seconds >= 60) process.exitCode = 1;
} finally {
  await shop.stop();
}
