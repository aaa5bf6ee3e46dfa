/**
 * The dashboard page: token login (kept in sessionStorage; `#token=…&site=…` pre-fills it and
 * is then removed from the address bar), filters, one `GET /v1/stats` per view, the results
 * and the CSV download built from the same answer.
 */
import 'uplot/dist/uPlot.min.css';
import './dashboard.css';
import { clearCharts } from './charts.js';
import { h } from './dom.js';
import { csvFileName, statsCsv } from './csv.js';
import { renderStats } from './render.js';
import type { Stats } from './stats.js';

const TOKEN_KEY = 'cookiegate-stats-token';
const SITE_KEY = 'cookiegate-stats-site';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const loginForm = $<HTMLFormElement>('login');
const filters = $<HTMLFormElement>('filters');
const results = $('results');
const status = $('status');
const error = $('error');
const logout = $<HTMLButtonElement>('logout');
const csvButton = $<HTMLButtonElement>('csv');
const field = (id: string) => $<HTMLInputElement>(id);

let current: Stats | undefined;
/** The latest load: an older answer arriving late is dropped. */
let loads = 0;

function storage(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined; // storage disabled: the token lives in this page only
  }
}
let memoryToken: string | null = null;
const getToken = () => storage()?.getItem(TOKEN_KEY) ?? memoryToken;
function setToken(token: string | null) {
  memoryToken = token;
  if (token === null) storage()?.removeItem(TOKEN_KEY);
  else storage()?.setItem(TOKEN_KEY, token);
}

/** The fragment's token and site, taken and removed from the address (and the history); returns the site. */
function readFragment() {
  const params = new URLSearchParams(location.hash.slice(1));
  const token = params.get('token');
  const site = params.get('site');
  if (token) setToken(token);
  if (site) storage()?.setItem(SITE_KEY, site);
  if (token || site) history.replaceState(null, '', location.pathname + location.search);
  return site;
}

function showLogin(message = '') {
  clearCharts();
  results.hidden = true;
  results.replaceChildren();
  filters.hidden = true;
  logout.hidden = true;
  loginForm.hidden = false;
  error.textContent = message;
  status.textContent = '';
  field('token').focus();
}

function showFilters() {
  loginForm.hidden = true;
  filters.hidden = false;
  logout.hidden = false;
  const site = field('site');
  if (!site.value) site.value = storage()?.getItem(SITE_KEY) ?? '';
  void offerSites();
}

/** The sites whose logs this server keeps, offered in the site field (its public tree heads). */
async function offerSites() {
  try {
    const res = await fetch('v1/tree-head', { cache: 'no-store' });
    if (!res.ok) return;
    const { treeHeads } = (await res.json()) as { treeHeads: { site: string }[] };
    const sites = [...new Set(treeHeads.map((t) => t.site))].sort();
    $('sites').replaceChildren(...sites.map((s) => h('option', { value: s })));
    const site = field('site');
    if (!site.value && sites.length === 1) {
      site.value = sites[0]!;
      void load();
    }
  } catch {
    // The list is a convenience: the site can be typed.
  }
}

async function load() {
  const token = getToken();
  if (!token) return showLogin();
  const site = field('site').value.trim();
  if (!site) {
    error.textContent = 'Give the site (its origin, as in https://shop.example).';
    field('site').focus();
    return;
  }
  storage()?.setItem(SITE_KEY, site);
  const query = new URLSearchParams({ site, by: $<HTMLSelectElement>('by').value });
  if (field('from').value) query.set('from', field('from').value);
  if (field('to').value) query.set('to', field('to').value);
  error.textContent = '';
  status.textContent = 'Loading…';
  results.setAttribute('aria-busy', 'true');
  const seq = ++loads;
  let res: Response;
  let body: Stats & { error?: string };
  try {
    res = await fetch(`v1/stats?${query}`, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' });
    body = (await res.json().catch(() => ({}))) as Stats & { error?: string };
  } catch {
    if (seq !== loads) return;
    status.textContent = '';
    error.textContent = 'The server could not be reached. Try again.';
    results.removeAttribute('aria-busy');
    return;
  }
  if (seq !== loads) return;
  results.removeAttribute('aria-busy');
  if (res.status === 401 || res.status === 403) {
    setToken(null);
    return showLogin('The token was not accepted. Give the stats token again.');
  }
  if (!res.ok) {
    status.textContent = '';
    error.textContent = `The server said: ${body.error ?? `${res.status} ${res.statusText}`}`;
    return;
  }
  current = body;
  field('from').value = body.from;
  field('to').value = body.to;
  clearCharts();
  results.replaceChildren(...renderStats(body));
  results.hidden = false;
  csvButton.disabled = false;
  status.textContent = `Showing ${body.site}, ${body.from} to ${body.to}: ${body.totals.decisions} decisions.`;
}

function downloadCsv() {
  if (!current) return;
  const url = URL.createObjectURL(new Blob([statsCsv(current)], { type: 'text/csv;charset=utf-8' }));
  const a = h('a', { href: url, download: csvFileName(current) });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

loginForm.addEventListener('submit', (e) => {
  e.preventDefault();
  setToken(field('token').value.trim());
  field('token').value = '';
  showFilters();
  void load();
});
filters.addEventListener('submit', (e) => {
  e.preventDefault();
  void load();
});
logout.addEventListener('click', () => {
  setToken(null);
  current = undefined;
  csvButton.disabled = true;
  showLogin();
});
csvButton.addEventListener('click', downloadCsv);

/** Start, or start again when a `#token=…` link is opened in this tab (the page is not reloaded then). */
function start() {
  const site = readFragment();
  if (site) field('site').value = site;
  if (getToken()) {
    showFilters();
    if (field('site').value) void load();
  } else showLogin();
}
addEventListener('hashchange', () => {
  if (location.hash) start();
});
start();
