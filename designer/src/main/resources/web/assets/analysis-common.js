// Helpers the compare and analysis pages share on top of designer.js.

import { ApiFailure, el, fourDecimals, replace } from './designer.js';

/** POSTs JSON to an API route and returns its JSON, or throws ApiFailure with the error body. */
export async function post(path, body) {
  let response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiFailure(0, { status: 0, code: 'offline', message: 'the designer does not answer: ' + e.message });
  }
  const answer = await response.json().catch(() => null);
  if (!response.ok) {
    const error = answer && answer.error ? answer.error
      : { status: response.status, code: 'http-' + response.status, message: response.statusText };
    throw new ApiFailure(response.status, error);
  }
  return answer;
}

/** A path with its query: parameters whose value is null, undefined or empty are left out. */
export function withQuery(path, params) {
  const query = new URLSearchParams();
  Object.entries(params).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== '') query.set(name, String(value));
  });
  const text = query.toString();
  return text ? path + '?' + text : path;
}

/** Records the page's choices in its address, so that it can be shared or reloaded. */
export function rememberInAddress(params) {
  window.history.replaceState(null, '', withQuery(window.location.pathname, params));
}

/** Fills a select; the chosen value is kept if it is among the options. */
export function fill(select, options, chosen) {
  replace(select, options.map((o) => el('option', { value: o.value, text: o.text })));
  if (chosen && options.some((o) => o.value === chosen)) select.value = chosen;
}

export function editionOptions(editions) {
  return editions.map((e) => ({
    value: e.id, text: e.compiles ? e.title + ' (' + e.id + ')' : e.id + ' (does not compile)',
  }));
}

/** Download links for a route's CSV and JSON. */
export function exports(path, params, name) {
  return el('span', { className: 'exports' },
    el('a', { className: 'button small', href: withQuery(path, { ...params, format: 'csv' }), download: name + '.csv',
      text: 'CSV' }),
    el('a', { className: 'button small', href: withQuery(path, params), download: name + '.json', text: 'JSON' }));
}

/** One summary figure: a label above a large value. */
export function figure(label, value, id) {
  return el('div', { className: 'figure', id },
    el('div', { className: 'figure-label', text: label }),
    el('div', { className: 'figure-value', text: value }));
}

export function signed(value) {
  if (value === null || value === undefined) return '–';
  return value > 0 ? '+' + value : String(value);
}

export function signedFour(value) {
  if (value === null || value === undefined) return '–';
  return (value > 0 ? '+' : '') + fourDecimals(value);
}

export function shiftCell(shift) {
  const className = 'num ' + (shift > 0 ? 'shift-up' : shift < 0 ? 'shift-down' : '');
  return el('td', { className, 'data-sort': shift ?? '', text: signed(shift) });
}

export function maybe(value, format) {
  return value === null || value === undefined ? '–' : format(value);
}
