import {
  api, byId, cityHref, el, fourDecimals, levelBadge, markNavigation, query, replace, shortHash, showError, sortable,
} from './designer.js';
import {
  editionOptions, exports, figure, fill, maybe, rememberInAddress, shiftCell, signed, signedFour, withQuery,
} from './analysis-common.js';
import {
  BRAND, FLAT, MUTED, draw, escape, levelColor, rowsHeight, shiftColor, tooltipLines,
} from './charts.js';

markNavigation('compare');

/** The rank-shift chart shows this many of the largest movers; the table has every city. */
const MOST_MOVERS = 40;

const aSelect = byId('a');
const bSelect = byId('b');
const sampleSelect = byId('sample');
const likeForLike = byId('like-for-like');
const results = byId('results');

async function load() {
  const [editions, samples] = await Promise.all([api('/api/editions'), api('/api/samples')]);
  const pair = defaultPair(editions.editions);
  fill(aSelect, editionOptions(editions.editions), query('a') || pair.a);
  fill(bSelect, editionOptions(editions.editions), query('b') || pair.b);
  fill(sampleSelect, samples.samples.map((s) => ({ value: s.path, text: s.path })), query('sample'));
  likeForLike.checked = query('likeForLike') === 'true';
  byId('choose').addEventListener('submit', (event) => {
    event.preventDefault();
    compare();
  });
  if (query('a') && query('b') && query('sample')) compare();
  else replace(results, el('p', { className: 'muted', text: 'Choose two editions and a sample, then compare.' }));
}

/** A beta and the edition it was forked from, when there is one; otherwise the first two that compile. */
function defaultPair(editions) {
  const usable = editions.filter((e) => e.compiles);
  const ids = usable.map((e) => e.id);
  const fork = usable.find((e) => e.basedOn && ids.includes(e.basedOn));
  if (fork) return { a: fork.basedOn, b: fork.id };
  return { a: ids[0] || null, b: ids[1] || ids[0] || null };
}

function choices() {
  return {
    a: aSelect.value, b: bSelect.value, sample: sampleSelect.value,
    likeForLike: likeForLike.checked ? 'true' : null,
  };
}

async function compare() {
  const chosen = choices();
  rememberInAddress(chosen);
  replace(results, el('p', { className: 'loading', text: 'Scoring under both editions…' }));
  try {
    show(await api(withQuery('/api/compare', { ...chosen, sort: 'movers' })), chosen);
  } catch (failure) {
    showError(results, failure);
  }
}

function show(view, chosen) {
  const table = citiesTable(view);
  const why = el('div', { id: 'why-box' });
  const scatter = el('div', { className: 'chart', id: 'scatter', role: 'img',
    'aria-label': 'value under A against value under B' });
  const shifts = el('div', { className: 'chart', id: 'shifts', role: 'img', 'aria-label': 'rank shifts' });
  const both = view.cities.filter((c) => c.presence === 'both');
  const movers = both.slice(0, MOST_MOVERS);
  shifts.style.height = rowsHeight(movers.length);
  replace(results,
    heading(view, chosen),
    figures(view.summary),
    view.likeForLike ? commonItems(view.likeForLike) : null,
    el('div', { className: 'chart-row' },
      chartBox('Value under A and under B', scatter,
        'Each point is a city; on the dashed diagonal its value did not change. Colour: level under B.'),
      chartBox('Rank shifts, largest movers first', shifts, movers.length < both.length
        ? 'The ' + movers.length + ' largest of ' + both.length + ' cities; the table has them all.'
        : 'Places gained under B to the right, places lost to the left.')),
    el('h2', { text: 'Level transitions' }),
    transitions(view.summary.transitions, view),
    el('h2', {}, 'Cities ', el('span', { className: 'muted small', text: 'click a city to see why it moved' })),
    el('div', { className: 'table-scroll' }, table),
    why,
    changes(view.changes));
  sortable(table);
  drawScatter(scatter, view);
  drawShifts(shifts, movers);
}

function heading(view, chosen) {
  const params = { a: chosen.a, b: chosen.b, sample: chosen.sample, likeForLike: chosen.likeForLike };
  return el('p', { className: 'summary', id: 'summary' },
    el('strong', { text: 'A ' + view.a.title }), ' ', hash(view.a.hash),
    ' → ', el('strong', { text: 'B ' + view.b.title }), ' ', hash(view.b.hash),
    ' · sample ', el('code', { text: view.sample }),
    view.likeForLike ? ' · like for like' : '',
    exports('/api/compare', params, 'compare-' + view.a.id + '-' + view.b.id));
}

function hash(full) {
  return el('code', { title: full, text: shortHash(full) });
}

function figures(summary) {
  return el('div', { className: 'figures', id: 'summary-figures' },
    figure('cities under both', String(summary.cities), 'figure-cities'),
    figure('Spearman\'s rho', maybe(summary.spearman, fourDecimals), 'figure-spearman'),
    figure('Kendall\'s tau-b', maybe(summary.kendallTauB, fourDecimals), 'figure-kendall'),
    figure('mean |rank shift|', maybe(summary.meanAbsoluteRankShift, fourDecimals), 'figure-shift'),
    figure('level changes', String(summary.levelChanges), 'figure-level-changes'),
    apart(summary));
}

function apart(summary) {
  const parts = [];
  if (summary.onlyA > 0) parts.push(summary.onlyA + ' only under A');
  if (summary.onlyB > 0) parts.push(summary.onlyB + ' only under B');
  if (summary.neither > 0) parts.push(summary.neither + ' under neither');
  return parts.length === 0 ? null : figure('not compared', parts.join(', '), 'figure-apart');
}

function commonItems(common) {
  const lines = [
    'A counts ' + common.itemsA.length + ' items and B ' + common.itemsB.length
      + ': each value is computed again over the items the editions share.',
  ];
  if (common.dropped.length > 0) lines.push('B drops ' + common.dropped.join(', ') + '.');
  if (common.unmatched.length > 0) {
    lines.push('A\'s items with no counterpart in B: ' + common.unmatched.join(', ') + '.');
  }
  return el('p', { className: 'note', id: 'like-for-like-note', text: lines.join(' ') });
}

function chartBox(title, chart, note) {
  return el('figure', { className: 'chart-box' },
    el('figcaption', { text: title }), chart, el('p', { className: 'chart-note', text: note }));
}

function transitions(matrix, view) {
  const head = el('tr', {}, el('th', { scope: 'col', text: 'A ↓ · B →' }),
    matrix.levels.map((level) => el('th', { scope: 'col', className: 'num', text: level })),
    el('th', { scope: 'col', className: 'num', text: 'leaving' }));
  const rows = matrix.levels.map((level, row) => el('tr', {},
    el('th', { scope: 'row' }, levelBadge(level)),
    matrix.counts[row].map((count, column) => el('td', {
      className: 'num' + (row === column ? ' diagonal' : count > 0 ? ' moved' : ''), text: count,
    })),
    el('td', { className: 'num', text: matrix.flows[row].leaving })));
  const entering = el('tr', {}, el('th', { scope: 'row', text: 'entering' }),
    matrix.flows.map((flow) => el('td', { className: 'num', text: flow.entering })), el('td'));
  return el('table', { className: 'data transitions', id: 'transitions',
    title: 'rows: level under ' + view.a.id + ', columns: level under ' + view.b.id },
  el('thead', {}, head), el('tbody', {}, rows, entering));
}

function citiesTable(view) {
  const head = ['city', 'A value', 'A level', 'A rank', 'B value', 'B level', 'B rank', 'value change', 'rank shift']
    .map((h, i) => el('th', { scope: 'col', className: i === 0 || h.endsWith('level') ? '' : 'num', text: h }));
  return el('table', { className: 'data ranking', id: 'comparison' },
    el('thead', {}, el('tr', {}, head)),
    el('tbody', {}, view.cities.map((city) => cityRow(city, view))));
}

function cityRow(city, view) {
  const a = city.a || {};
  const b = city.b || {};
  const row = el('tr', { 'data-city': city.city.id, 'data-presence': city.presence });
  const open = el('button', { type: 'button', className: 'link', text: city.city.name,
    onclick: () => why(view, city, row) });
  row.append(
    el('td', { 'data-sort': city.city.name }, open,
      city.presence === 'both' ? null : el('span', { className: 'muted small', text: ' ' + presence(city.presence) })),
    el('td', { className: 'num', 'data-sort': a.value ?? '', text: maybe(a.value, fourDecimals) }),
    el('td', { 'data-sort': a.value ?? '' }, a.level ? levelBadge(a.level) : '–'),
    el('td', { className: 'num', 'data-sort': a.rank ?? '', text: a.rank ?? '–' }),
    el('td', { className: 'num', 'data-sort': b.value ?? '', text: maybe(b.value, fourDecimals) }),
    el('td', { 'data-sort': b.value ?? '' }, b.level ? levelBadge(b.level) : '–'),
    el('td', { className: 'num', 'data-sort': b.rank ?? '', text: b.rank ?? '–' }),
    el('td', { className: 'num', 'data-sort': city.valueChange ?? '', text: signedFour(city.valueChange) }),
    shiftCell(city.rankShift));
  return row;
}

function presence(word) {
  return { only_a: 'only under A', only_b: 'only under B', neither: 'not assessed' }[word] || word;
}

async function why(view, city, row) {
  document.querySelectorAll('#comparison tr.chosen').forEach((r) => r.classList.remove('chosen'));
  row.classList.add('chosen');
  const box = byId('why-box');
  replace(box, el('p', { className: 'loading', text: 'Looking for what moved ' + city.city.name + '…' }));
  const params = { a: view.a.id, b: view.b.id, sample: view.sample, city: city.city.id };
  try {
    replace(box, movement(await api(withQuery('/api/compare/why', params)), params));
  } catch (failure) {
    showError(box, failure);
  }
  box.scrollIntoView({ block: 'start' });
}

function movement(view, params) {
  const city = view.city;
  return el('section', { className: 'why', id: 'why' },
    el('h2', {}, 'Why ', el('span', { id: 'why-city', text: city.city.name }), ' moved',
      exports('/api/compare/why', params, 'why-' + city.city.id)),
    el('p', {}, standing(city, view),
      ' · ', el('a', { href: cityHref(view.a.id, view.sample, city.city.id), text: 'under A' }),
      ' · ', el('a', { href: cityHref(view.b.id, view.sample, city.city.id), text: 'under B' })),
    movedItems(view),
    view.editionChanges && view.editionChanges.length > 0
      ? el('div', {}, el('h3', { text: 'Changes that can move every city' }), changeList(view.editionChanges))
      : null);
}

function standing(city, view) {
  const a = city.a;
  const b = city.b;
  if (!a || !b) {
    return 'Only one edition scored this city (' + presence(city.presence) + '): there are no items to compare.';
  }
  return 'Rank ' + a.rank + ' under ' + view.a.id + ', ' + b.rank + ' under ' + view.b.id
    + ' (' + signed(city.rankShift) + '); value ' + fourDecimals(a.value) + ' → ' + fourDecimals(b.value)
    + '; level ' + a.level + ' → ' + b.level + '.';
}

function movedItems(view) {
  if (!view.city.a || !view.city.b) return null;
  if (view.items.length === 0) {
    return el('p', { className: 'muted', text: 'No item\'s outcome or counted weight differs for this city.' });
  }
  const head = ['item', 'criterion', 'wording', 'under A', 'under B', 'why']
    .map((h) => el('th', { scope: 'col', text: h }));
  return el('table', { className: 'data', id: 'why-items' },
    el('thead', {}, el('tr', {}, head)),
    el('tbody', {}, view.items.map((item) => el('tr', { 'data-item': item.item },
      el('td', {}, el('code', { text: item.item }),
        item.earlier ? el('span', { className: 'muted small', text: ' was ' + item.earlier }) : null),
      el('td', { text: item.criterion || '' }),
      el('td', { text: item.wording || '' }),
      el('td', { text: side(item.before) }),
      el('td', { text: side(item.after) }),
      el('td', { text: item.reason || '' })))));
}

function side(itemSide) {
  if (!itemSide) return 'not in this edition';
  const outcome = itemSide.outcome.replace('_', ' ');
  return itemSide.scored ? outcome + ' (weight ' + itemSide.weight + ')' : outcome + ' (not counted)';
}

function changes(all) {
  const scoring = all.filter((c) => c.affectsScores);
  return el('section', { id: 'changes' },
    el('h2', { text: 'Changes from A to B' }),
    el('p', { className: 'muted', text: all.length + ' changes, of which ' + scoring.length + ' can change a score.' }),
    scoring.length > 0 ? changeList(scoring) : null);
}

function changeList(list) {
  return el('table', { className: 'data' },
    el('thead', {}, el('tr', {}, ['subject', 'change', 'under A', 'under B'].map((h) => el('th', { text: h })))),
    el('tbody', {}, list.map((c) => el('tr', {},
      el('td', {}, el('code', { text: c.subject })),
      el('td', { text: c.kind }),
      el('td', {}, c.before ? el('code', { className: 'condition', text: c.before }) : '–'),
      el('td', {}, c.after ? el('code', { className: 'condition', text: c.after }) : '–')))));
}

function drawScatter(container, view) {
  const both = view.cities.filter((c) => c.presence === 'both');
  const levels = view.summary.transitions.levels;
  const series = levels.map((level, index) => ({
    name: level,
    type: 'scatter',
    symbolSize: 10,
    itemStyle: { color: levelColor(level, index), borderColor: '#ffffff', borderWidth: 1 },
    data: both.filter((c) => (c.b.level || '(none)') === level)
      .map((c) => ({ value: [c.a.value, c.b.value], city: c })),
  })).filter((s) => s.data.length > 0);
  series.push({
    name: 'same value', type: 'line', silent: true, symbol: 'none', data: [[0, 0], [1, 1]],
    itemStyle: { color: FLAT }, lineStyle: { color: FLAT, type: 'dashed', width: 1 }, tooltip: { show: false },
  });
  draw(container, {
    grid: { left: 72, right: 16, top: 36, bottom: 48 },
    legend: { top: 0, textStyle: { color: MUTED } },
    xAxis: axis('value under A · ' + view.a.id, 30),
    yAxis: axis('value under B · ' + view.b.id, 44),
    tooltip: {
      trigger: 'item',
      formatter: (p) => (p.data && p.data.city ? cityTooltip(p.data.city, view) : escape(p.seriesName)),
    },
    series,
  });
}

function axis(name, gap) {
  return {
    type: 'value', min: 0, max: 1, name, nameLocation: 'middle', nameGap: gap,
    nameTextStyle: { color: MUTED }, splitLine: { lineStyle: { color: '#edf0f3' } },
  };
}

function cityTooltip(city, view) {
  return tooltipLines([
    city.city.name,
    view.a.id + ': ' + fourDecimals(city.a.value) + ', ' + city.a.level + ', rank ' + city.a.rank,
    view.b.id + ': ' + fourDecimals(city.b.value) + ', ' + city.b.level + ', rank ' + city.b.rank,
    'rank shift ' + signed(city.rankShift),
  ]);
}

function drawShifts(container, movers) {
  const reach = Math.max(1, ...movers.map((c) => Math.abs(c.rankShift)));
  draw(container, {
    grid: { left: 8, right: 32, top: 12, bottom: 28, containLabel: true },
    xAxis: {
      type: 'value', min: -reach, max: reach, minInterval: 1, splitLine: { lineStyle: { color: '#edf0f3' } },
    },
    yAxis: {
      type: 'category', inverse: true, data: movers.map((c) => c.city.name),
      axisLabel: { color: MUTED, width: 140, overflow: 'truncate' }, axisTick: { show: false },
    },
    tooltip: {
      trigger: 'item',
      formatter: (p) => tooltipLines([p.name, 'rank shift ' + signed(p.value),
        'value change ' + signedFour(movers[p.dataIndex].valueChange)]),
    },
    series: [{
      type: 'bar', barMaxWidth: 16,
      data: movers.map((c) => ({ value: c.rankShift, itemStyle: { color: shiftColor(c.rankShift) } })),
      label: { show: true, position: 'right', color: BRAND, formatter: (p) => (p.value === 0 ? '' : signed(p.value)) },
    }],
  });
}

load().catch((failure) => showError(results, failure));
