import {
  api, byId, cityHref, el, fourDecimals, levelBadge, markNavigation, query, replace, shortHash, showError, sortable,
} from './designer.js';
import {
  editionOptions, exports, figure, fill, maybe, post, rememberInAddress, shiftCell, signedFour, withQuery,
} from './analysis-common.js';
import {
  BRAND, INK, MUTED, draw, levelColor, rowsHeight, tooltipLines,
} from './charts.js';

markNavigation('analysis');

/** The rank-interval chart shows this many cities, by rank; the table has every city. */
const INTERVAL_ROWS = 60;
const AGGREGATIONS = ['share-of-items', 'mean-of-criteria'];

const editionSelect = byId('edition');
const sampleSelect = byId('sample');
const aggregationSelect = byId('aggregation');
const parts = {
  whatIf: byId('what-if'),
  robustness: byId('robustness'),
  groups: byId('groups'),
  national: byId('national'),
};
let edition = null;

async function load() {
  const [editions, samples] = await Promise.all([api('/api/editions'), api('/api/samples')]);
  const usable = editions.editions.find((e) => e.compiles);
  fill(editionSelect, editionOptions(editions.editions), query('edition') || (usable ? usable.id : null));
  fill(sampleSelect, samples.samples.map((s) => ({ value: s.path, text: s.path })), query('sample'));
  fill(aggregationSelect, AGGREGATIONS.map((a) => ({ value: a, text: a })), null);
  readRobustnessChoices();
  byId('group-by').value = query('by') || 'settlement';
  listen();
  if (query('edition') && query('sample')) {
    analyse();
  } else {
    const hint = 'Choose an edition and a sample.';
    Object.values(parts).forEach((p) => replace(p, el('p', { className: 'muted', text: hint })));
  }
}

function listen() {
  onSubmit('choose', analyse);
  onSubmit('what-if-form', whatIf);
  onSubmit('robustness-form', robustness);
  byId('group-by').addEventListener('change', () => { remember(); groups(); });
  aggregationSelect.addEventListener('change', enableCriterionWeights);
}

function onSubmit(id, action) {
  byId(id).addEventListener('submit', (event) => {
    event.preventDefault();
    action();
  });
}

function readRobustnessChoices() {
  ['draws', 'spread', 'seed', 'over'].forEach((name) => {
    if (query(name) !== null) byId(name).value = query(name);
  });
}

function base() {
  return { edition: editionSelect.value, sample: sampleSelect.value };
}

function robustnessChoices() {
  const value = (id) => byId(id).value;
  return { draws: value('draws'), spread: value('spread'), seed: value('seed'), over: value('over') };
}

function remember() {
  rememberInAddress({ ...base(), ...robustnessChoices(), by: byId('group-by').value });
}

function editionPath(route) {
  return '/api/editions/' + encodeURIComponent(editionSelect.value) + '/' + route;
}

async function analyse() {
  remember();
  Object.values(parts).forEach((p) => replace(p, el('p', { className: 'loading', text: 'Working…' })));
  try {
    edition = await api('/api/editions/' + encodeURIComponent(editionSelect.value));
    weightInputs(edition);
    replace(parts.whatIf, el('p', { className: 'muted', text: 'Change weights or the aggregation, then rank again.' }));
  } catch (failure) {
    Object.values(parts).forEach((p) => showError(p, failure));
    return;
  }
  await Promise.all([robustness(), groups(), national()]);
}

// What-if

function weightInputs(detail) {
  aggregationSelect.value = detail.policies.aggregation;
  replace(byId('criterion-inputs'), detail.criteria.map((c) => el('label', { title: c.name },
    c.code + ' ', el('input', {
      type: 'number', min: '0', step: '0.1', value: c.weight, 'data-criterion': c.code, 'data-weight': c.weight,
      'aria-label': 'weight of ' + c.name,
    }))));
  byId('item-weights').value = '';
  enableCriterionWeights();
}

function enableCriterionWeights() {
  const averaged = aggregationSelect.value === 'mean-of-criteria';
  byId('criterion-inputs').querySelectorAll('input').forEach((input) => { input.disabled = !averaged; });
  byId('criterion-weights').title = averaged ? '' : 'criterion weights count only under mean-of-criteria';
}

function whatIfBody() {
  const criterionWeights = {};
  if (aggregationSelect.value === 'mean-of-criteria') {
    byId('criterion-inputs').querySelectorAll('input').forEach((input) => {
      if (input.value !== input.dataset.weight) criterionWeights[input.dataset.criterion] = Number(input.value);
    });
  }
  const itemWeights = {};
  byId('item-weights').value.split(',').map((part) => part.trim()).filter((part) => part).forEach((part) => {
    const [code, weight] = part.split('=').map((s) => s.trim());
    itemWeights[code] = itemWeight(weight);
  });
  return { criterionWeights, itemWeights, aggregation: aggregationSelect.value };
}

/** A weight as typed: a number when it reads as one, otherwise the text, which the API refuses by name. */
function itemWeight(typed) {
  if (typed === undefined || typed === '') return null;
  return Number.isNaN(Number(typed)) ? typed : Number(typed);
}

async function whatIf() {
  replace(parts.whatIf, el('p', { className: 'loading', text: 'Ranking again…' }));
  const body = whatIfBody();
  try {
    const view = await post(withQuery(editionPath('what-if'), { sample: sampleSelect.value, sort: 'movers' }), body);
    showWhatIf(view, body);
  } catch (failure) {
    showError(parts.whatIf, failure);
  }
}

function showWhatIf(view, body) {
  const table = whatIfTable(view);
  const changed = Object.entries({ ...view.criterionWeights, ...view.itemWeights })
    .map(([code, weight]) => code + '=' + weight).join(', ');
  replace(parts.whatIf,
    el('p', { className: 'summary' },
      'Aggregation ', el('strong', { text: view.aggregation }), ' · weights changed: ',
      el('strong', { id: 'what-if-changed', text: changed || 'none' }),
      el('span', { className: 'exports' },
        el('button', { type: 'button', className: 'button small', text: 'CSV', onclick: () => download(body, view) }))),
    el('div', { className: 'figures', id: 'what-if-figures' },
      figure('Spearman\'s rho', maybe(view.summary.spearman, fourDecimals)),
      figure('Kendall\'s tau-b', maybe(view.summary.kendallTauB, fourDecimals)),
      figure('mean |rank shift|', maybe(view.summary.meanAbsoluteRankShift, fourDecimals)),
      figure('level changes', String(view.summary.levelChanges), 'what-if-level-changes')),
    el('div', { className: 'table-scroll' }, table));
  sortable(table);
}

async function download(body, view) {
  const path = withQuery(editionPath('what-if'), { sample: sampleSelect.value, sort: 'movers', format: 'csv' });
  try {
    const response = await fetch(path, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error('the CSV could not be made: HTTP ' + response.status);
    const link = el('a', { download: 'what-if-' + view.edition.id + '.csv' });
    link.href = URL.createObjectURL(await response.blob());
    link.click();
    URL.revokeObjectURL(link.href);
  } catch (failure) {
    showError(parts.whatIf, failure);
  }
}

function whatIfTable(view) {
  const head = ['city', 'edition rank', 'value', 'level', 'what-if rank', 'value', 'level', 'value change', 'shift']
    .map((h, i) => el('th', { scope: 'col', className: i === 0 || h === 'level' ? '' : 'num', text: h }));
  return el('table', { className: 'data ranking', id: 'what-if-table' },
    el('thead', {}, el('tr', {}, head)),
    el('tbody', {}, view.cities.map((city) => {
      const a = city.a || {};
      const b = city.b || {};
      return el('tr', { 'data-city': city.city.id },
        el('td', { 'data-sort': city.city.name },
          el('a', { href: cityHref(view.edition.id, view.sample, city.city.id), text: city.city.name })),
        el('td', { className: 'num', text: a.rank ?? '–' }),
        el('td', { className: 'num', text: maybe(a.value, fourDecimals) }),
        el('td', { 'data-sort': a.value ?? '' }, a.level ? levelBadge(a.level) : '–'),
        el('td', { className: 'num', text: b.rank ?? '–' }),
        el('td', { className: 'num', text: maybe(b.value, fourDecimals) }),
        el('td', { 'data-sort': b.value ?? '' }, b.level ? levelBadge(b.level) : '–'),
        el('td', { className: 'num', 'data-sort': city.valueChange ?? '', text: signedFour(city.valueChange) }),
        shiftCell(city.rankShift));
    })));
}

// Robustness

async function robustness() {
  remember();
  replace(parts.robustness, el('p', { className: 'loading', text: 'Drawing weights…' }));
  const params = { sample: sampleSelect.value, ...robustnessChoices() };
  try {
    showRobustness(await api(withQuery(editionPath('robustness'), params)), params);
  } catch (failure) {
    showError(parts.robustness, failure);
  }
}

function showRobustness(view, params) {
  const chart = el('div', { className: 'chart', id: 'rank-intervals', role: 'img',
    'aria-label': 'rank intervals and the chance of keeping the level' });
  const shown = view.cities.slice(0, INTERVAL_ROWS);
  chart.style.height = rowsHeight(shown.length, 24, 90);
  const table = robustnessTable(view);
  const p = view.perturbation;
  replace(parts.robustness,
    el('p', { className: 'summary', id: 'robustness-summary' },
      el('strong', { text: p.draws + ' draws' }),
      ' of ' + (p.over === 'items' ? 'item' : 'criterion') + ' weights, each times a factor in ['
        + round(1 - p.spread) + ', ' + round(1 + p.spread) + '], seed ' + p.seed + ' · rules ',
      el('code', { title: view.edition.hash, text: shortHash(view.edition.hash) }),
      exports(editionPath('robustness'), params, 'robustness-' + view.edition.id)),
    el('figure', { className: 'chart-box' },
      el('figcaption', { text: 'Rank intervals and the chance of keeping the level' }), chart,
      el('p', { className: 'chart-note', text: 'Whiskers: the 5th to 95th percentile of each city\'s ranks over the'
        + ' draws; dot: the median rank; diamond: its rank under the edition\'s weights.'
        + (shown.length < view.cities.length ? ' The first ' + shown.length + ' of ' + view.cities.length
          + ' cities by rank; the table has them all.' : '') })),
    el('div', { className: 'table-scroll' }, table),
    influences(view.leaveOneItemOut, params));
  sortable(table);
  drawIntervals(chart, shown);
}

function round(number) {
  return String(Math.round(number * 1000) / 1000);
}

function drawIntervals(container, cities) {
  const names = cities.map((c) => c.city.name);
  const lastRank = Math.max(...cities.map((c) => c.highRank), 1);
  draw(container, {
    grid: [
      { left: 8, width: '58%', top: 36, bottom: 32, containLabel: true },
      { right: 52, width: '24%', top: 36, bottom: 32 },
    ],
    legend: { top: 0, data: ['5th–95th percentile', 'median rank', 'edition rank'],
      textStyle: { color: MUTED } },
    xAxis: [
      { gridIndex: 0, type: 'value', min: 1, max: lastRank, minInterval: 1, interval: lastRank <= 25 ? 1 : null,
        name: 'rank', nameLocation: 'middle',
        nameGap: 22, nameTextStyle: { color: MUTED }, splitLine: { lineStyle: { color: '#edf0f3' } } },
      { gridIndex: 1, type: 'value', min: 0, max: 1, name: 'keeps its level', nameLocation: 'middle', nameGap: 22,
        nameTextStyle: { color: MUTED }, axisLabel: { formatter: (v) => Math.round(v * 100) + '%' },
        splitLine: { lineStyle: { color: '#edf0f3' } } },
    ],
    yAxis: [
      { gridIndex: 0, type: 'category', inverse: true, data: names, axisTick: { show: false },
        axisLabel: { color: INK, width: 130, overflow: 'truncate' } },
      { gridIndex: 1, type: 'category', inverse: true, data: names, axisLabel: { show: false },
        axisTick: { show: false } },
    ],
    tooltip: { trigger: 'item', formatter: (p) => intervalTooltip(cities[p.dataIndex]) },
    series: [
      {
        name: '5th–95th percentile', type: 'custom', xAxisIndex: 0, yAxisIndex: 0, renderItem: whisker,
        itemStyle: { color: BRAND }, encode: { x: [1, 2], y: 0 },
        data: cities.map((c, i) => [i, c.lowRank, c.highRank]),
      },
      {
        name: 'median rank', type: 'scatter', xAxisIndex: 0, yAxisIndex: 0, symbolSize: 7, z: 4,
        itemStyle: { color: BRAND }, data: cities.map((c, i) => [c.medianRank, i]),
      },
      {
        name: 'edition rank', type: 'scatter', xAxisIndex: 0, yAxisIndex: 0, symbol: 'diamond', symbolSize: 15, z: 3,
        itemStyle: { color: 'rgba(0,0,0,0)', borderColor: INK, borderWidth: 1.5 },
        data: cities.map((c, i) => [c.rank, i]),
      },
      {
        name: 'keeps its level', type: 'bar', xAxisIndex: 1, yAxisIndex: 1, barMaxWidth: 12,
        data: cities.map((c, i) => ({ value: c.stayProbability, itemStyle: { color: levelColor(c.level, i) } })),
        label: { show: true, position: 'right', color: MUTED, fontSize: 10,
          formatter: (p) => Math.round(p.value * 100) + '%' },
      },
    ],
  });
}

/** A horizontal whisker from the 5th to the 95th percentile rank, with caps at both ends. */
function whisker(params, api) {
  const row = api.value(0);
  const low = api.coord([api.value(1), row]);
  const high = api.coord([api.value(2), row]);
  const cap = api.size([0, 1])[1] * 0.35;
  const style = { stroke: BRAND, lineWidth: 2 };
  return {
    type: 'group',
    children: [
      { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style },
      { type: 'line', shape: { x1: low[0], y1: low[1] - cap / 2, x2: low[0], y2: low[1] + cap / 2 }, style },
      { type: 'line', shape: { x1: high[0], y1: high[1] - cap / 2, x2: high[0], y2: high[1] + cap / 2 }, style },
    ],
  };
}

function intervalTooltip(city) {
  return tooltipLines([
    city.city.name,
    'rank ' + city.rank + ' under the edition\'s weights, ' + city.level,
    'median rank ' + city.medianRank + ', 90% of draws between ' + city.lowRank + ' and ' + city.highRank,
    'keeps its level in ' + percent(city.stayProbability) + ' of draws',
  ]);
}

function robustnessTable(view) {
  const head = ['rank', 'city', 'value', 'level', 'median rank', '5th–95th', 'keeps level', 'next level',
    'items needed', 'which']
    .map((h, i) => el('th', { scope: 'col', className: [0, 2, 4, 5, 6, 8].includes(i) ? 'num' : '', text: h }));
  return el('table', { className: 'data ranking', id: 'robustness-table' },
    el('thead', {}, el('tr', {}, head)),
    el('tbody', {}, view.cities.map((c) => el('tr', { 'data-city': c.city.id },
      el('td', { className: 'num', text: c.rank }),
      el('td', { 'data-sort': c.city.name },
        el('a', { href: cityHref(view.edition.id, view.sample, c.city.id), text: c.city.name })),
      el('td', { className: 'num', text: fourDecimals(c.value) }),
      el('td', { 'data-sort': c.value }, c.level ? levelBadge(c.level) : '–'),
      el('td', { className: 'num', text: c.medianRank }),
      el('td', { className: 'num', 'data-sort': c.highRank - c.lowRank, text: c.lowRank + '–' + c.highRank }),
      el('td', { className: 'num', 'data-sort': c.stayProbability, text: percent(c.stayProbability) }),
      el('td', { text: c.nextLevel || '–' }),
      el('td', { className: 'num', 'data-sort': c.itemsToNextLevel.length || '', text: itemsNeeded(c) }),
      el('td', { className: 'items-list', text: c.itemsToNextLevel.join(' ') })))));
}

function percent(share) {
  return Math.round(share * 1000) / 10 + '%';
}

function itemsNeeded(city) {
  if (!city.nextLevel) return '–';
  return city.itemsToNextLevel.length === 0 ? 'out of reach' : city.itemsToNextLevel.length;
}

function influences(items, params) {
  const heaviest = [...items].sort((x, y) => y.maxShift - x.maxShift || y.meanShift - x.meanShift).slice(0, 10);
  return el('details', { id: 'leave-one-out' },
    el('summary', {}, 'Items whose absence moves the ranking most ',
      exports(editionPath('robustness'), { ...params, rows: 'items' }, 'robustness-items')),
    el('table', { className: 'data' },
      el('thead', {}, el('tr', {}, ['item', 'criterion', 'scored in', 'max shift', 'mean shift', 'level changes']
        .map((h) => el('th', { text: h })))),
      el('tbody', {}, heaviest.map((i) => el('tr', {},
        el('td', {}, el('code', { text: i.item })),
        el('td', { text: i.criterion }),
        el('td', { className: 'num', text: i.scoredIn }),
        el('td', { className: 'num', text: i.maxShift }),
        el('td', { className: 'num', text: fourDecimals(i.meanShift) }),
        el('td', { className: 'num', text: i.levelChanges }))))));
}

// Groups

async function groups() {
  replace(parts.groups, el('p', { className: 'loading', text: 'Grouping…' }));
  const params = { sample: sampleSelect.value, by: byId('group-by').value };
  try {
    showGroups(await api(withQuery(editionPath('groups'), params)), params);
  } catch (failure) {
    showError(parts.groups, failure);
  }
}

function showGroups(view, params) {
  const chart = el('div', { className: 'chart', id: 'group-levels', role: 'img', 'aria-label': 'levels by group' });
  const table = groupsTable(view);
  replace(parts.groups,
    el('p', { className: 'summary' }, view.groups.length + ' groups by ' + view.by,
      exports(editionPath('groups'), params, 'groups-' + view.edition.id + '-' + view.by)),
    el('figure', { className: 'chart-box narrow' },
      el('figcaption', { text: 'Levels by ' + view.by }), chart,
      el('p', { className: 'chart-note', text: 'Ranked cities only; those not assessed are counted in the table.' })),
    el('div', { className: 'table-scroll' }, table));
  sortable(table);
  draw(chart, {
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: MUTED } },
    xAxis: { type: 'category', data: view.groups.map((g) => g.group), axisLabel: { color: INK, interval: 0 } },
    yAxis: { type: 'value', minInterval: 1, name: 'cities', nameTextStyle: { color: MUTED } },
    tooltip: { trigger: 'item', formatter: (p) => tooltipLines([p.name, p.seriesName + ': ' + p.value]) },
    series: view.levels.map((level, index) => ({
      name: level, type: 'bar', stack: 'levels', barMaxWidth: 56, itemStyle: { color: levelColor(level, index) },
      data: view.groups.map((g) => g.levels[level] || 0),
    })),
  });
}

function groupsTable(view) {
  const head = [view.by, 'cities', 'not assessed', 'mean', 'median'].concat(view.levels)
    .map((h, i) => el('th', { scope: 'col', className: i === 0 ? '' : 'num', text: h }));
  return el('table', { className: 'data', id: 'groups-table' },
    el('thead', {}, el('tr', {}, head)),
    el('tbody', {}, view.groups.map((g) => el('tr', { 'data-group': g.group },
      el('td', { text: g.group }),
      el('td', { className: 'num', text: g.cities }),
      el('td', { className: 'num', text: g.notAssessed }),
      el('td', { className: 'num', text: maybe(g.meanValue, fourDecimals) }),
      el('td', { className: 'num', text: maybe(g.medianValue, fourDecimals) }),
      view.levels.map((level) => el('td', { className: 'num', text: g.levels[level] ?? 0 }))))));
}

// National view

async function national() {
  replace(parts.national, el('p', { className: 'loading', text: 'Reading national figures…' }));
  const params = { sample: sampleSelect.value };
  try {
    showNational(await api(withQuery(editionPath('national'), params)), params);
  } catch (failure) {
    showError(parts.national, failure);
  }
}

function showNational(view, params) {
  const reading = el('p', { className: 'note reading', id: 'national-reading' },
    el('strong', { text: 'Read side by side, not as a gap. ' }),
    'The national figures are the OSI and its sub-indices as the sample gives them. The OSI is relative: countries'
      + ' are normalised against each other, so a national value says where the country stands among countries.'
      + ' A local share is not relative: it is the part of the items mapped to that sub-index that a city\'s portal'
      + ' met.');
  if (view.subIndices.length === 0) {
    replace(parts.national, el('p', { className: 'muted', id: 'national-none',
      text: 'Edition ' + view.edition.id + ' maps no item to a national sub-index (@osi metadata), so there is'
        + ' nothing to set beside national figures.' }));
    return;
  }
  replace(parts.national,
    el('p', { className: 'summary' }, 'Sub-indices ' + view.subIndices.join(', '),
      exports(editionPath('national'), params, 'national-' + view.edition.id)),
    reading,
    view.countries.map((country, index) => countryBlock(country, index, view)));
  view.countries.forEach((country, index) => drawNational(byId('national-chart-' + index), country, view));
}

function countryBlock(country, index, view) {
  const chart = el('div', { className: 'chart', id: 'national-chart-' + index, role: 'img',
    'aria-label': 'mean local share and national value per sub-index' });
  return el('div', { className: 'country', 'data-country': country.country },
    el('h3', { text: country.country || '(no country)' }),
    el('figure', { className: 'chart-box narrow' },
      el('figcaption', { text: 'Mean local share and national value per sub-index' }), chart,
      el('p', { className: 'chart-note', text: Object.keys(country.national || {}).length === 0
        ? 'The sample gives no national figures for this country.' : 'Mean over ' + country.cities.length
          + ' cities; the national value as given.' })),
    el('div', { className: 'table-scroll' }, nationalTable(country, view)));
}

function nationalTable(country, view) {
  const head = ['city', 'value', 'level'].concat(view.subIndices)
    .map((h, i) => el('th', { scope: 'col', className: i === 0 || i === 2 ? '' : 'num', text: h }));
  const national = country.national || {};
  const overall = Object.keys(national).find((name) => !view.subIndices.includes(name));
  return el('table', { className: 'data', id: 'national-table-' + (country.country || 'none') },
    el('thead', {}, el('tr', {}, head)),
    el('tbody', {},
      country.cities.map((city) => el('tr', { 'data-city': city.cityId },
        el('td', { text: city.name }),
        el('td', { className: 'num', text: maybe(city.value, fourDecimals) }),
        el('td', {}, city.level ? levelBadge(city.level) : '–'),
        view.subIndices.map((s) => el('td', { className: 'num', text: maybe(city.shares[s], fourDecimals) })))),
      el('tr', { className: 'mean' },
        el('th', { scope: 'row', text: country.mean.name }),
        el('td', { className: 'num', text: maybe(country.mean.value, fourDecimals) }), el('td'),
        view.subIndices.map((s) => el('td', { className: 'num', text: maybe(country.mean.shares[s], fourDecimals) }))),
      el('tr', { className: 'national' },
        el('th', { scope: 'row', text: 'national (as given)' + (overall ? ', ' + overall : '') }),
        el('td', { className: 'num', text: overall ? fourDecimals(national[overall]) : '–' }), el('td'),
        view.subIndices.map((s) => el('td', { className: 'num', text: maybe(national[s], fourDecimals) })))));
}

function drawNational(container, country, view) {
  const national = country.national || {};
  draw(container, {
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: MUTED } },
    xAxis: { type: 'category', data: view.subIndices, axisLabel: { color: INK } },
    yAxis: { type: 'value', min: 0, max: 1 },
    tooltip: { trigger: 'item', formatter: (p) => tooltipLines([p.name, p.seriesName + ': ' + fourDecimals(p.value)]) },
    series: [
      { name: 'mean local share', type: 'bar', barMaxWidth: 28, itemStyle: { color: BRAND },
        data: view.subIndices.map((s) => country.mean.shares[s]) },
      { name: 'national value (relative)', type: 'bar', barMaxWidth: 28, itemStyle: { color: '#d9a400' },
        data: view.subIndices.map((s) => national[s] ?? null) },
    ],
  });
}

load().catch((failure) => showError(byId('main'), failure));
