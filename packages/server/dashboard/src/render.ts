/**
 * The results of one `GET /v1/stats` answer as sections of the page: figures, charts (uPlot)
 * and, for every chart, its text alternative (a sentence and a data table with the same numbers).
 */
import { chart } from './charts.js';
import { dataTable, h, section, type Column } from './dom.js';
import { ACTION_LABELS, bucketLabel, localeLabel, surfaceLabel } from './labels.js';
import { optInRate, optInShare, percent, ratio, rejectRate, seconds, type Rate } from './rates.js';
import { count, sumActions, type ActionCounts, type Stats } from './stats.js';
import { compareVariants } from './variants.js';

const pc = (r: Rate) => (r === null ? null : Math.round(r * 1000) / 10);
const pctAxis = (v: number) => `${v} %`;
const num = (label: string): Column => ({ label, numeric: true });
const ACTION_COLUMNS = (['accept_all', 'reject_all', 'custom', 'withdraw'] as const).map((a) => num(ACTION_LABELS[a]));
const actionCells = (a: ActionCounts) => [
  count(a, 'accept_all'),
  count(a, 'reject_all'),
  count(a, 'custom'),
  count(a, 'withdraw'),
];

/**
 * Every section for one answer.
 * @example results.replaceChildren(...renderStats(stats));
 */
export function renderStats(stats: Stats): HTMLElement[] {
  return [
    summary(stats),
    overTime(stats),
    purposes(stats),
    grouped('surfaces', 'Per surface', bySize(stats.surfaces, surfaceLabel), 'Surface'),
    grouped('languages', 'Per language', bySize(stats.locales, localeLabel), 'Language'),
    pages(stats),
    timing(stats),
    variants(stats),
  ];
}

/** A bar chart of one share (0–100 %) per category. */
const shareBars = (labels: string[], label: string, shares: Rate[]) =>
  chart('bars', { labels, yRange: [0, 100], yFormat: pctAxis, series: [{ label, values: shares.map(pc), colour: 1 }] });

/** A section that has nothing to show says so. */
function empty(el: HTMLElement, text: string): HTMLElement {
  el.append(h('p', { class: 'empty' }, text));
  return el;
}

function figure(key: string, label: string, value: string, note?: string): HTMLElement {
  return h(
    'div',
    { class: 'figure' },
    h('dt', {}, label),
    h('dd', { 'data-stat': key }, value),
    note && h('dd', { class: 'note' }, note),
  );
}

function summary(stats: Stats): HTMLElement {
  const t = stats.totals;
  const el = section('summary', 'Summary', `${stats.site}, ${stats.from} to ${stats.to} (UTC).`);
  el.append(
    h(
      'dl',
      { class: 'figures' },
      figure('decisions', 'Decisions', String(t.decisions)),
      figure('impressions', 'Banner shown, no decision', String(t.impressions)),
      figure('opt-in', 'Opt-in rate', percent(optInRate(t)), 'accept all + custom'),
      figure('reject', 'Reject rate', percent(rejectRate(t))),
      figure('gpc', 'GPC share', percent(ratio(t.gpc, t.decisions)), `${t.gpc} with GPC, ${t.gpcApplied} applied`),
      figure('withdrawals', 'Withdrawals', String(count(t.actions, 'withdraw'))),
      figure('median-time', 'Median time to decide', seconds(stats.timeToDecision.p50Ms)),
    ),
  );
  return el;
}

function overTime(stats: Stats): HTMLElement {
  const unit = stats.by === 'week' ? 'week' : 'day';
  const el = section('over-time', 'Over time', `Per ${unit} (weeks start on Monday).`);
  const labels = stats.series.map((p) => p.period.slice(5));
  const best = stats.series.reduce<{ period: string; rate: number } | null>((b, p) => {
    const r = optInRate(p);
    return r !== null && (!b || r > b.rate) ? { period: p.period, rate: r } : b;
  }, null);
  el.append(
    h('h3', {}, 'Opt-in and reject rate'),
    chart('line', {
      labels,
      yRange: [0, 100],
      yFormat: pctAxis,
      series: [
        { label: 'Opt-in rate', values: stats.series.map((p) => pc(optInRate(p))), colour: 1 },
        { label: 'Reject rate', values: stats.series.map((p) => pc(rejectRate(p))), colour: 2 },
      ],
    }),
    h(
      'p',
      {},
      best
        ? `Opt-in rate over the whole range ${percent(optInRate(stats.totals))}; highest on ${best.period} (${percent(best.rate)}).`
        : 'No decisions in this range.',
    ),
    h('h3', {}, 'Decisions, banners without a decision, withdrawals and GPC'),
    chart('line', {
      labels,
      series: [
        { label: 'Decisions', values: stats.series.map((p) => p.decisions), colour: 1 },
        { label: 'No decision', values: stats.series.map((p) => p.impressions), colour: 3 },
        { label: 'Withdrawn', values: stats.series.map((p) => count(p.actions, 'withdraw')), colour: 4 },
        { label: 'GPC', values: stats.series.map((p) => p.gpc), colour: 2 },
      ],
    }),
    h(
      'details',
      {},
      h('summary', {}, `The numbers per ${unit} (table)`),
      dataTable(
        `Per ${unit}`,
        [
          { label: unit === 'week' ? 'Week of' : 'Day' },
          num('Decisions'),
          num('No decision'),
          ...ACTION_COLUMNS,
          num('GPC'),
          num('Opt-in rate'),
        ],
        stats.series.map((p) => [
          p.period,
          p.decisions,
          p.impressions,
          ...actionCells(p.actions),
          p.gpc,
          percent(optInRate(p)),
        ]),
      ),
    ),
  );
  return el;
}

function purposes(stats: Stats): HTMLElement {
  const el = section(
    'purposes',
    'Categories and services',
    'Granted share of the choices made about each category and service.',
  );
  const rows = Object.entries(stats.purposes)
    .map(([key, v]) => ({ key, granted: v.granted, denied: v.denied }))
    .sort((a, b) => a.key.localeCompare(b.key));
  if (rows.length === 0) return empty(el, 'No choices in this range.');
  el.append(
    shareBars(
      rows.map((r) => r.key),
      'Granted',
      rows.map((r) => ratio(r.granted, r.granted + r.denied)),
    ),
    dataTable(
      'Granted and denied per category and service',
      [{ label: 'Category or service' }, num('Granted'), num('Denied'), num('Granted share')],
      rows.map((r) => [r.key, r.granted, r.denied, percent(ratio(r.granted, r.granted + r.denied))]),
    ),
  );
  return el;
}

/** A section of decisions grouped by a key: a bar chart of the opt-in share and a table of the counts. */
function grouped(id: string, title: string, groups: [string, ActionCounts][], keyLabel: string): HTMLElement {
  const el = section(id, title, 'Opt-in share (accept all + custom) of the decisions made there.');
  if (groups.length === 0) return empty(el, 'No decisions in this range.');
  el.append(
    shareBars(
      groups.map(([k]) => k),
      'Opt-in share',
      groups.map(([, a]) => optInShare(a)),
    ),
    dataTable(
      `Decisions per ${keyLabel.toLowerCase()}`,
      [{ label: keyLabel }, num('Decisions'), ...ACTION_COLUMNS, num('Opt-in share')],
      groups.map(([k, a]) => [k, sumActions(a), ...actionCells(a), percent(optInShare(a))]),
    ),
  );
  return el;
}

/** Groups by size, most decisions first, each key named for people. */
const bySize = (m: Record<string, ActionCounts>, name: (key: string) => string): [string, ActionCounts][] =>
  Object.entries(m)
    .sort((a, b) => sumActions(b[1]) - sumActions(a[1]) || a[0].localeCompare(b[0]))
    .map(([k, a]) => [name(k), a]);

function pages(stats: Stats): HTMLElement {
  const el = section('pages', 'Per page', 'The 50 pages with the most decisions, most first.');
  if (stats.pages.length === 0) return empty(el, 'No decisions in this range.');
  el.append(
    dataTable(
      'Decisions per page',
      [{ label: 'Page' }, num('Decisions'), ...ACTION_COLUMNS, num('Opt-in share')],
      stats.pages.map((p) => [
        p.page,
        sumActions(p.actions),
        ...actionCells(p.actions),
        percent(optInShare(p.actions)),
      ]),
    ),
  );
  return el;
}

function timing(stats: Stats): HTMLElement {
  const t = stats.timeToDecision;
  const el = section(
    'timing',
    'Time from banner shown to decision',
    'Decisions made in the banner or the preferences.',
  );
  if (t.count === 0) return empty(el, 'No timed decisions in this range.');
  const labels = t.buckets.map((b, i) => bucketLabel(i === 0 ? null : t.buckets[i - 1]!.leMs, b.leMs));
  el.append(
    h('p', {}, `${t.count} timed decisions: half within ${seconds(t.p50Ms)}, nine in ten within ${seconds(t.p90Ms)}.`),
    chart('bars', { labels, series: [{ label: 'Decisions', values: t.buckets.map((b) => b.count), colour: 3 }] }),
    dataTable(
      'Decisions per time to decide',
      [{ label: 'Time' }, num('Decisions'), num('Share')],
      t.buckets.map((b, i) => [labels[i]!, b.count, percent(ratio(b.count, t.count))]),
    ),
  );
  return el;
}

function variants(stats: Stats): HTMLElement {
  const el = section(
    'variants',
    'Banner variants',
    'Accept rate (accept all over every showing, a showing without a decision included) with its 95 % confidence interval (Wilson), each variant tested against the first (two-proportion z-test, 5 % level).',
  );
  const rows = compareVariants(stats.variants);
  if (rows.length === 0) return empty(el, 'No experiment in this range.');
  el.append(
    shareBars(
      rows.map((r) => r.variant),
      'Accept rate',
      rows.map((r) => r.acceptRate),
    ),
    dataTable(
      'Decision mix per variant',
      [
        { label: 'Variant' },
        num('Shown'),
        num('Accept all'),
        num('Reject all'),
        num('Custom choice'),
        num('No decision'),
        num('Accept rate'),
        num('95 % interval'),
      ],
      rows.map((r) => [
        r.variant,
        r.shown,
        r.accepted,
        r.rejected,
        r.customised,
        r.undecided,
        percent(r.acceptRate),
        r.interval ? `${percent(r.interval.low)} – ${percent(r.interval.high)}` : '–',
      ]),
    ),
    h('ul', { class: 'verdicts' }, ...rows.map((r) => h('li', {}, h('strong', {}, `${r.variant}: `), r.verdict))),
  );
  return el;
}
