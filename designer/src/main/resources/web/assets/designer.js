// Shared helpers of the designer's pages. Everything a page shows from the API goes
// through el() and text nodes: no data is ever parsed as markup.

export class ApiFailure extends Error {
  constructor(status, error) {
    super(error.message);
    this.status = status;
    this.error = error;
  }
}

/** GETs an API route and returns its JSON, or throws ApiFailure with the error body. */
export async function api(path) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiFailure(0, { status: 0, code: 'offline', message: 'the designer does not answer: ' + e.message });
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body && body.error ? body.error
      : { status: response.status, code: 'http-' + response.status, message: response.statusText };
    throw new ApiFailure(response.status, error);
  }
  return body;
}

/**
 * Creates an element. Props: className, text, title, href, and any attribute; children are
 * nodes or strings, and strings become text nodes.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'className') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'href') node.setAttribute('href', safeHref(value));
    else if (key.startsWith('on')) node.addEventListener(key.substring(2), value);
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Relative links stay; absolute ones only over http(s), so that data cannot smuggle javascript: URLs. */
export function safeHref(url) {
  const text = String(url);
  if (text.startsWith('/') && !text.startsWith('//')) return text;
  return /^https?:\/\//i.test(text) ? text : '#';
}

export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

export function byId(id) {
  return document.getElementById(id);
}

export function query(name) {
  return new URLSearchParams(window.location.search).get(name);
}

/** The n-th segment of the page's path, decoded: for /editions/losi-2024, segment(1) is "losi-2024". */
export function segment(n) {
  const parts = window.location.pathname.split('/').filter((p) => p.length > 0);
  return parts.length > n ? decodeURIComponent(parts[n]) : null;
}

export function fourDecimals(value) {
  return value === null || value === undefined ? '–' : Number(value).toFixed(4);
}

export function population(value) {
  return value === null || value === undefined ? '–' : Number(value).toLocaleString('en');
}

export function levelBadge(level) {
  if (!level) return el('span', { className: 'badge', text: 'no band' });
  const slug = String(level).toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return el('span', { className: 'badge level level-' + slug, text: level });
}

export function statusBadge(status) {
  const slug = String(status || 'unknown').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return el('span', { className: 'badge status status-' + slug, text: status || 'unknown' });
}

export function shortHash(hash) {
  if (!hash) return '';
  const hex = String(hash).replace(/^sha256:/, '');
  return hex.substring(0, 12);
}

export function scoresHref(edition, sample) {
  return '/scores?edition=' + encodeURIComponent(edition) + '&sample=' + encodeURIComponent(sample);
}

export function cityHref(edition, sample, city) {
  return '/cities/' + encodeURIComponent(city) + '?edition=' + encodeURIComponent(edition)
    + '&sample=' + encodeURIComponent(sample);
}

export function location(problem) {
  if (!problem.file) return 'edition';
  let at = problem.file;
  if (problem.line > 0) at += ':' + problem.line;
  if (problem.line > 0 && problem.column > 0) at += ':' + problem.column;
  return at;
}

/** The problems of an edition that does not compile, in its author's terms. */
export function problemsTable(problems) {
  return el('table', { className: 'problems' },
    el('thead', {}, el('tr', {}, ['where', 'rule', 'item', 'message'].map((h) => el('th', { text: h })))),
    el('tbody', {}, problems.map((p) => el('tr', {},
      el('td', {}, el('code', { text: location(p) })),
      el('td', { text: p.rule || '' }),
      el('td', { text: p.item || '' }),
      el('td', { text: p.message })))));
}

/** Shows an API error where the page's content would be, with an edition's problems if any. */
export function showError(container, failure) {
  const error = failure instanceof ApiFailure ? failure.error
    : { status: 0, code: 'page-error', message: String(failure && failure.message ? failure.message : failure) };
  const box = el('section', { className: 'error', role: 'alert' },
    el('h2', { text: titleOf(error) }),
    el('p', { className: 'message', text: error.message }),
    el('p', { className: 'muted' }, el('code', { text: error.code }), ' · HTTP ' + error.status));
  if (error.input) {
    box.appendChild(el('p', {}, 'In ', el('code', { text: location(error.input) })));
  }
  if (error.problems && error.problems.length > 0) {
    box.appendChild(problemsTable(error.problems));
  }
  replace(container, box);
}

function titleOf(error) {
  switch (error.code) {
    case 'edition-does-not-compile': return 'This edition does not compile';
    case 'invalid-input': return 'This sample cannot be read';
    case 'edition-not-found': return 'No such edition';
    case 'sample-not-found': return 'No such sample';
    case 'city-not-found': return 'No such city in this sample';
    default: return 'Something went wrong';
  }
}

/** Makes a table's columns sortable by clicking their headers; cells may carry data-sort values. */
export function sortable(table) {
  const headers = Array.from(table.tHead.rows[0].cells);
  headers.forEach((th, column) => {
    th.classList.add('sortable');
    th.setAttribute('tabindex', '0');
    th.setAttribute('aria-sort', 'none');
    const sort = () => sortBy(table, headers, column);
    th.addEventListener('click', sort);
    th.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
  });
}

function sortBy(table, headers, column) {
  const th = headers[column];
  const ascending = th.getAttribute('aria-sort') !== 'ascending';
  headers.forEach((h) => h.setAttribute('aria-sort', 'none'));
  th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  rows.sort((a, b) => compare(sortKey(a.cells[column]), sortKey(b.cells[column])) * (ascending ? 1 : -1));
  rows.forEach((row) => body.appendChild(row));
}

function sortKey(cell) {
  const raw = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
  const number = Number(raw);
  return raw !== '' && !Number.isNaN(number) ? number : raw.toLowerCase();
}

function compare(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Marks the navigation link of the current page. */
export function markNavigation(name) {
  document.querySelectorAll('nav.top-nav a').forEach((a) => {
    if (a.dataset.page === name) a.setAttribute('aria-current', 'page');
  });
}
