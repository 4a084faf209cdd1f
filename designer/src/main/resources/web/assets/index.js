import { api, byId, el, markNavigation, replace, scoresHref, showError, statusBadge } from './designer.js';

markNavigation('editions');

async function load() {
  const [editions, samples] = await Promise.allSettled([api('/api/editions'), api('/api/samples')]);
  const usable = editions.status === 'fulfilled' ? editions.value.editions.filter((e) => e.compiles) : [];
  if (editions.status === 'fulfilled') showEditions(editions.value.editions);
  else showError(byId('editions'), editions.reason);
  if (samples.status === 'fulfilled') showSamples(samples.value.samples, usable);
  else showError(byId('samples'), samples.reason);
}

function showEditions(editions) {
  const box = byId('editions');
  box.classList.remove('loading');
  if (editions.length === 0) {
    replace(box, el('p', { className: 'muted', text: 'The rules folder holds no edition.' }));
    return;
  }
  replace(box, el('table', { className: 'data', id: 'editions-table' },
    el('thead', {}, el('tr', {}, ['edition', 'id', 'status', 'items', 'criteria', 'based on']
      .map((h) => el('th', { text: h })))),
    el('tbody', {}, editions.map(editionRow))));
}

function editionRow(edition) {
  const link = el('a', { href: '/editions/' + encodeURIComponent(edition.id), text: edition.title });
  if (!edition.compiles) {
    return el('tr', { className: 'broken', 'data-edition': edition.id },
      el('td', {}, link),
      el('td', {}, el('code', { text: edition.id })),
      el('td', {}, el('span', { className: 'badge status-broken', text: 'does not compile' })),
      el('td', { colspan: 3, text: edition.problems.length + ' problem(s): open it to see where' }));
  }
  return el('tr', { 'data-edition': edition.id },
    el('td', {}, link),
    el('td', {}, el('code', { text: edition.id })),
    el('td', {}, statusBadge(edition.status)),
    el('td', { className: 'num', text: edition.items }),
    el('td', { className: 'num', text: edition.criteria }),
    el('td', { text: edition.basedOn || '' }));
}

function showSamples(samples, editions) {
  const box = byId('samples');
  box.classList.remove('loading');
  if (samples.length === 0) {
    replace(box, el('p', { className: 'muted', text: 'No assessment file (.json, .csv, .ndjson) in the samples folder.' }));
    return;
  }
  replace(box, el('table', { className: 'data', id: 'samples-table' },
    el('thead', {}, el('tr', {}, el('th', { text: 'file' }), el('th', { text: 'form' }),
      el('th', { text: 'size' }), el('th', { text: 'score under' }))),
    el('tbody', {}, samples.map((sample) => el('tr', {},
      el('td', {}, el('code', { text: sample.path })),
      el('td', { text: sample.form }),
      el('td', { className: 'num', text: kilobytes(sample.bytes) }),
      el('td', { className: 'links' }, editions.map((e) =>
        el('a', { className: 'button small', href: scoresHref(e.id, sample.path), text: e.title }))))))));
}

function kilobytes(bytes) {
  return bytes < 1024 ? bytes + ' B' : (bytes / 1024).toFixed(1) + ' KB';
}

load().catch((e) => showError(byId('editions'), e));
