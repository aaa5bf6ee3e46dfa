/**
 * The dashboard's charts, drawn by uPlot: lines over the periods, and bars per category.
 * Every chart is hidden from assistive technology: the section beside it holds the same
 * numbers as a data table and a sentence (its text alternative). Colours come from the page's
 * CSS custom properties, so light and dark schemes follow `prefers-color-scheme`.
 */
import uPlot from 'uplot';
import { h } from './dom.js';

/** A drawn series: its label, its values (null = no value) and its colour slot (1–4). */
export interface ChartSeries {
  label: string;
  values: (number | null)[];
  colour: 1 | 2 | 3 | 4;
}

/** What a chart shows: x labels and series (bar charts: one series). */
export interface ChartData {
  labels: string[];
  series: ChartSeries[];
  /** How a y value reads on the axis (default: the number). */
  yFormat?: (v: number) => string;
  /** Fixed y range, e.g. [0, 100] for percentages. */
  yRange?: [number, number];
}

const charts = new Set<{ plot: uPlot; el: HTMLElement; kind: 'line' | 'bars'; data: ChartData }>();

const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

function options(el: HTMLElement, kind: 'line' | 'bars', data: ChartData): uPlot.Options {
  const fg = css('--fg');
  const grid = css('--grid');
  const axis = (): uPlot.Axis => ({ stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } });
  const n = data.labels.length;
  const bars = uPlot.paths.bars!({ size: [0.6, 64], gap: 1 });
  return {
    width: Math.max(200, el.clientWidth),
    height: el.clientWidth < 500 ? 220 : 280,
    legend: { live: false },
    cursor: { show: kind === 'line', drag: { x: false, y: false } },
    scales: {
      x: { time: false, range: kind === 'bars' ? [-0.5, n - 0.5] : [0, Math.max(1, n - 1)] },
      y: data.yRange ? { range: data.yRange } : { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] },
    },
    axes: [
      {
        ...axis(),
        // Whole indices only: each tick is a period or a category.
        incrs: [1, 2, 3, 4, 5, 7, 10, 14, 20, 30, 50, 100],
        values: (_u, splits) => splits.map((i) => data.labels[i] ?? ''),
        // Bars: one tick per category; labels slanted where they would run into each other.
        ...(kind === 'bars'
          ? {
              splits: () => data.labels.map((_, i) => i),
              ...(el.clientWidth / Math.max(1, n) < 110 ? { rotate: -30, size: 72 } : {}),
            }
          : {}),
      },
      { ...axis(), size: 56, values: (_u, splits) => splits.map((v) => (data.yFormat ?? String)(v)) },
    ],
    series: [
      {},
      ...data.series.map((s): uPlot.Series => ({
        label: s.label,
        stroke: css(`--c${s.colour}`),
        width: kind === 'bars' ? 0 : 2,
        fill: kind === 'bars' ? css(`--c${s.colour}`) : undefined,
        points: { show: kind === 'line' && n < 40 },
        ...(kind === 'bars' ? { paths: bars } : {}),
      })),
    ],
  };
}

function draw(el: HTMLElement, kind: 'line' | 'bars', data: ChartData): uPlot {
  const xs = data.labels.map((_, i) => i);
  return new uPlot(options(el, kind, data), [xs, ...data.series.map((s) => s.values)] as uPlot.AlignedData, el);
}

/**
 * A chart in a new element, hidden from assistive technology (its section says the same in
 * text and tables), redrawn when its width or the colour scheme changes.
 * @example section.append(chart('line', { labels: ['2026-12-01'], series: [{ label: 'Opt-in rate', values: [41], colour: 1 }] }))
 */
export function chart(kind: 'line' | 'bars', data: ChartData): HTMLElement {
  const el = h('div', { class: 'chart', 'aria-hidden': 'true' });
  // Drawn once the element is in the page and has a width.
  requestAnimationFrame(() => {
    if (!el.isConnected) return;
    const entry = { plot: draw(el, kind, data), el, kind, data };
    charts.add(entry);
    new ResizeObserver(() => {
      if (!el.isConnected) return;
      entry.plot.setSize({ width: Math.max(200, el.clientWidth), height: el.clientWidth < 500 ? 220 : 280 });
    }).observe(el);
  });
  return el;
}

/**
 * Removes every chart (before new results are drawn).
 * @example clearCharts();
 */
export function clearCharts(): void {
  for (const c of charts) c.plot.destroy();
  charts.clear();
}

// A changed colour scheme: redraw with the new colours.
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
  for (const c of charts) {
    c.plot.destroy();
    c.plot = draw(c.el, c.kind, c.data);
  }
});
