import {
  api, byId, cityHref, el, fourDecimals, levelBadge, markNavigation, population, query, replace, shortHash,
  showError, sortable,
} from './designer.js';

markNavigation('scores');

const editionSelect = byId('edition');
const sampleSelect = byId('sample');
const results = byId('results');

async function load() {
  const [editions, samples] = await Promise.all([api('/api/editions'), api('/api/samples')]);
  fill(editionSelect, editions.editions.map((e) => ({
    value: e.id, text: e.compiles ? e.title + ' (' + e.id + ')' : e.id + ' (does not compile)',
  })), query('edition') || firstUsable(editions.editions));
  fill(sampleSelect, samples.samples.map((s) => ({ value: s.path, text: s.path })), query('sample'));
  byId('choose').addEventListener('submit', (event) => {
    event.preventDefault();
    score();
  });
  if (query('edition') && query('sample')) score();
  else replace(results, el('p', { className: 'muted', text: 'Choose an edition and a sample, then score.' }));
}

function firstUsable(editions) {
  const usable = editions.find((e) => e.compiles);
  return usable ? usable.id : null;
}

function fill(select, options, chosen) {
  replace(select, options.map((o) => el('option', { value: o.value, text: o.text })));
  if (chosen && options.some((o) => o.value === chosen)) select.value = chosen;
}

async function score() {
  const edition = editionSelect.value;
  const sample = sampleSelect.value;
  const url = new URL(window.location.href);
  url.searchParams.set('edition', edition);
  url.searchParams.set('sample', sample);
  window.history.replaceState(null, '', url.pathname + url.search);
  replace(results, el('p', { className: 'loading', text: 'Scoring…' }));
  try {
    const path = '/api/editions/' + encodeURIComponent(edition) + '/scores?sample=' + encodeURIComponent(sample);
    show(await api(path), sample);
  } catch (failure) {
    showError(results, failure);
  }
}

function show(report, sample) {
  const criteria = report.cities.length > 0 ? report.cities[0].criteria : [];
  const table = ranking(report, criteria, sample);
  replace(results,
    summary(report, sample),
    levels(report.cities),
    el('div', { className: 'table-scroll' }, table),
    notAssessed(report),
    unused(report.unusedAnswers));
  sortable(table);
}

function summary(report, sample) {
  return el('p', { className: 'summary', id: 'summary' },
    el('strong', { text: report.cities.length + ' cities ranked' }),
    ' under ' + report.editionTitle + ' · sample ', el('code', { text: sample }),
    ' · rules ', el('code', { title: report.rulesHash, text: shortHash(report.rulesHash) }));
}

function levels(cities) {
  const counts = new Map();
  cities.forEach((c) => counts.set(c.level, (counts.get(c.level) || 0) + 1));
  return el('p', { className: 'levels' }, Array.from(counts.entries()).map(([level, n]) =>
    el('span', { className: 'level-count' }, levelBadge(level), ' ' + n)));
}

function ranking(report, criteria, sample) {
  const head = ['rank', 'city', 'settlement', 'population', 'value', 'level']
    .map((h) => el('th', { text: h, scope: 'col' }))
    .concat(criteria.map((c) => el('th', { scope: 'col', title: c.name, text: c.criterion })))
    .concat([el('th', { scope: 'col', text: 'items met' })]);
  return el('table', { className: 'data ranking', id: 'ranking' },
    el('thead', {}, el('tr', {}, head)),
    el('tbody', {}, report.cities.map((city) => cityRow(report, city, sample))));
}

function cityRow(report, result, sample) {
  const city = result.city;
  return el('tr', { 'data-city': city.id },
    el('td', { className: 'num', text: result.rank }),
    el('td', { 'data-sort': city.name },
      el('a', { href: cityHref(report.edition, sample, city.id), text: city.name }),
      city.country ? el('span', { className: 'muted small', text: ' ' + city.country }) : null),
    el('td', { text: city.settlementType || '' }),
    el('td', { className: 'num', 'data-sort': city.population ?? '', text: population(city.population) }),
    el('td', { className: 'num value', 'data-sort': result.value, title: String(result.value), text: fourDecimals(result.value) }),
    el('td', { 'data-sort': result.value }, levelBadge(result.level)),
    result.criteria.map((c) => el('td', {
      className: 'num', 'data-sort': c.share ?? '', title: c.name + ': ' + c.met + ' of ' + c.scored,
      text: fourDecimals(c.share),
    })),
    el('td', { className: 'num', 'data-sort': result.itemsMet, text: result.itemsMet + ' / ' + result.itemsScored }));
}

function notAssessed(report) {
  if (!report.notAssessed || report.notAssessed.length === 0) return null;
  return el('section', { id: 'not-assessed' },
    el('h2', { text: 'Not assessed (' + report.notAssessed.length + ')' }),
    el('p', { className: 'muted', text: 'Listed apart and never ranked as zero.' }),
    el('table', { className: 'data' },
      el('thead', {}, el('tr', {}, ['city', 'country', 'reason'].map((h) => el('th', { text: h })))),
      el('tbody', {}, report.notAssessed.map((n) => el('tr', { 'data-city': n.city.id },
        el('td', { text: n.city.name }),
        el('td', { text: n.city.country || '' }),
        el('td', { text: n.reason }))))));
}

function unused(answers) {
  const codes = Object.keys(answers || {});
  if (codes.length === 0) return null;
  return el('p', { className: 'note', id: 'unused-answers' },
    'Answers to items this edition does not have were ignored: ',
    codes.map((code) => code + ' (' + answers[code] + ')').join(', '));
}

load().catch((failure) => showError(results, failure));
