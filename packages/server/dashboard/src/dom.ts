/**
 * Small DOM helpers: elements with text (never HTML), data tables with captions and
 * scrollable, focusable wrappers (a table wider than a phone scrolls on its own).
 */

type Child = Node | string | number | null | undefined | false;

/**
 * An element with attributes and children; strings become text nodes.
 * @example h('p', { class: 'note' }, 'Opt-in rate: ', h('strong', {}, '41.2 %'))
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === true) el.setAttribute(k, '');
    else if (typeof v === 'string') el.setAttribute(k, v);
  }
  for (const c of children)
    if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'number' ? String(c) : c);
  return el;
}

/** A table column: its heading and whether it holds numbers (right-aligned). */
export interface Column {
  label: string;
  numeric?: boolean;
}

let tableCount = 0;

/**
 * A data table with a caption and column headers (the first cell of each row is its header),
 * inside a focusable region that scrolls sideways when the table is wider than the screen.
 * @example dataTable('Decisions per language', [{ label: 'Language' }, { label: 'Decisions', numeric: true }], [['sv', 12]])
 */
export function dataTable(caption: string, columns: Column[], rows: (string | number)[][]): HTMLElement {
  const id = `table-${++tableCount}`;
  const table = h(
    'table',
    { 'aria-labelledby': `${id}-caption` },
    h('caption', { id: `${id}-caption` }, caption),
    h(
      'thead',
      {},
      h('tr', {}, ...columns.map((c) => h('th', { scope: 'col', class: c.numeric ? 'num' : undefined }, c.label))),
    ),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h(
          'tr',
          {},
          ...row.map((cell, i) =>
            i === 0
              ? h('th', { scope: 'row' }, cell)
              : h('td', { class: columns[i]?.numeric ? 'num' : undefined }, cell),
          ),
        ),
      ),
    ),
  );
  return h('div', { class: 'scroll', role: 'region', tabindex: '0', 'aria-labelledby': `${id}-caption` }, table);
}

/**
 * A section of the results with its heading and an optional sentence under it.
 * @example section('languages', 'Per language', 'Opt-in share of the decisions in each language.')
 */
export function section(id: string, title: string, intro?: string): HTMLElement {
  return h(
    'section',
    { id, 'aria-labelledby': `${id}-title`, class: 'panel' },
    h('h2', { id: `${id}-title` }, title),
    intro && h('p', { class: 'intro' }, intro),
  );
}
