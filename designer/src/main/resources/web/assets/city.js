import {
  api, byId, el, fourDecimals, levelBadge, markNavigation, population, query, replace, scoresHref, segment,
  showError,
} from './designer.js';

markNavigation('scores');

const OUTCOMES = {
  met: 'met',
  missed: 'missed',
  not_applicable: 'not applicable',
  not_assessed: 'not assessed',
};

async function load() {
  const box = byId('city');
  const city = segment(1);
  const edition = query('edition');
  const sample = query('sample');
  const back = el('p', { className: 'back' }, el('a', { href: scoresHref(edition || '', sample || ''), text: '← ranking' }));
  try {
    const path = '/api/editions/' + encodeURIComponent(edition || '') + '/scores/' + encodeURIComponent(city)
      + '?sample=' + encodeURIComponent(sample || '');
    const view = await api(path);
    document.title = view.city.name + ' · LOSI designer';
    replace(box, back, header(view, sample), view.assessed ? assessed(view) : notAssessed(view));
  } catch (failure) {
    const errorBox = el('div');
    replace(box, back, el('h1', { text: city }), errorBox);
    showError(errorBox, failure);
  }
  box.classList.remove('loading');
}

function header(view, sample) {
  const city = view.city;
  const facts = [city.country, city.region, city.settlementType,
    city.population ? population(city.population) + ' inhabitants' : null].filter((f) => f);
  return el('div', { className: 'page-head' },
    el('h1', { id: 'city-name', text: city.name }),
    el('p', { className: 'muted' }, facts.join(' · '),
      city.portalUrl ? [' · ', el('a', { href: city.portalUrl, rel: 'noopener noreferrer', text: 'portal' })] : null),
    el('p', { className: 'muted small' }, view.editionTitle + ' · sample ', el('code', { text: sample })));
}

function notAssessed(view) {
  return el('section', { className: 'note', id: 'not-assessed' },
    el('h2', { text: 'Not assessed' }),
    el('p', { text: view.reason + '. The city is listed apart and not ranked.' }));
}

function assessed(view) {
  return [figures(view), certificate(view), officialReport(view), criteria(view.criteria), items(view)];
}

/** What a city official reads first: strengths, the way to the next level, peers, and what to do. */
function officialReport(view) {
  const report = view.report;
  const criterion = (c) => el('li', {}, el('strong', { text: c.name }), ': ' + Math.round(c.share * 100) + '% of its items met');
  const todo = (m) => el('li', {}, el('code', { text: m.code }), ' ' + m.wording,
    m.advice ? el('div', { className: 'advice', text: 'What to do: ' + m.advice }) : null);
  const peers = report.peers;
  return el('section', { id: 'official-report', className: 'official' },
    el('h2', { text: 'For the city' }),
    el('div', { className: 'report-columns' },
      el('div', {},
        el('h3', { text: 'Strengths' }),
        report.strengths.length === 0 ? el('p', { className: 'muted', text: 'No criterion met yet.' })
          : el('ul', { id: 'strengths' }, report.strengths.map(criterion)),
        el('h3', { text: 'Among ' + (peers.settlementType || 'similar') + ' places' }),
        el('p', { id: 'peers', text: 'Rank ' + peers.rank + ' of ' + peers.count + '; their median value is '
          + fourDecimals(peers.median) + ' and the best ' + fourDecimals(peers.best) + '.' })),
      el('div', {},
        el('h3', { text: 'To the next level' }),
        report.nextLevel
          ? el('div', { id: 'next-level' },
            el('p', {}, report.nextLevel.items.length === 1 ? 'Meeting this item would reach '
              : 'Meeting these ' + report.nextLevel.items.length + ' items would reach ',
              levelBadge(report.nextLevel.level), ' (value ' + fourDecimals(report.nextLevel.valueWith) + '):'),
            el('ul', {}, report.nextLevel.items.map(todo)))
          : el('p', { id: 'next-level', text: 'The city is in the highest level.' }))),
    el('details', { id: 'to-do' },
      el('summary', { text: 'Every missed item, with what to do (' + report.toDo.length + ')' }),
      el('ul', {}, report.toDo.map(todo))));
}

/** A printable certificate of the city's level and rank under the edition. */
function certificate(view) {
  return el('div', { className: 'toolbar' },
    el('button', { type: 'button', id: 'print-certificate', onclick: () => window.print() }, 'Print the certificate'),
    el('section', { className: 'certificate', id: 'certificate' },
      el('p', { className: 'certificate-title', text: 'Local Online Service Index' }),
      el('p', { text: 'This certifies that the official portal of' }),
      el('p', { className: 'certificate-city', text: view.city.name }),
      el('p', { text: 'reached the level' }),
      el('p', { className: 'certificate-level', text: view.level }),
      el('p', { text: 'with a value of ' + fourDecimals(view.value) + ', rank ' + view.rank + ' of ' + view.ranked
        + ' cities assessed, under ' + view.editionTitle + '.' }),
      el('p', { className: 'muted small', text: 'Rules ' + view.rulesHash })));
}

function figures(view) {
  const figure = (label, ...value) => el('div', { className: 'figure' },
    el('div', { className: 'figure-label', text: label }), el('div', { className: 'figure-value' }, value));
  return el('div', { className: 'figures', id: 'figures' },
    figure('value', el('span', { id: 'city-value', title: String(view.value), text: fourDecimals(view.value) })),
    figure('level', levelBadge(view.level)),
    figure('rank', el('span', { id: 'city-rank', text: String(view.rank) }), el('span', { className: 'muted', text: ' of ' + view.ranked })),
    figure('items met', view.itemsMet + ' of ' + view.itemsScored + ' scored'));
}

function criteria(list) {
  return el('section', {},
    el('h2', { text: 'Criteria' }),
    el('table', { className: 'data', id: 'criteria-table' },
      el('thead', {}, el('tr', {}, ['criterion', 'share', 'met', 'scored'].map((h) => el('th', { text: h })))),
      el('tbody', {}, list.map((c) => el('tr', {},
        el('td', {}, el('code', { text: c.criterion }), ' ' + c.name),
        el('td', { className: 'num' }, bar(c.share), fourDecimals(c.share)),
        el('td', { className: 'num', text: c.met }),
        el('td', { className: 'num', text: c.scored }))))));
}

function bar(share) {
  const meter = el('meter', { min: 0, max: 1, value: share ?? 0, className: 'share' });
  return meter;
}

function items(view) {
  const counts = {};
  view.items.forEach((i) => { counts[i.outcome] = (counts[i.outcome] || 0) + 1; });
  const filter = el('select', { id: 'outcome-filter', 'aria-label': 'outcome' },
    el('option', { value: '', text: 'all items (' + view.items.length + ')' }),
    Object.entries(OUTCOMES).map(([key, word]) => el('option', { value: key, text: word + ' (' + (counts[key] || 0) + ')' })));
  const groups = view.criteria.map((c) => group(c, view.items.filter((i) => i.criterion === c.criterion)));
  filter.addEventListener('change', () => groups.forEach((g) => g.querySelectorAll('tbody tr').forEach((row) => {
    row.hidden = filter.value !== '' && row.dataset.outcome !== filter.value;
  })));
  return el('section', { id: 'items' },
    el('h2', { text: 'Items' }),
    el('div', { className: 'toolbar' }, el('label', {}, 'Show ', filter),
      Object.entries(OUTCOMES).map(([key, word]) => el('span', { className: 'outcome-count' },
        outcomeBadge(key), ' ' + (counts[key] || 0)))),
    groups);
}

function group(criterion, list) {
  return el('div', { className: 'item-group', 'data-criterion': criterion.criterion },
    el('h3', {}, el('code', { text: criterion.criterion }), ' ' + criterion.name + ' · ',
      el('span', { className: 'muted', text: criterion.met + ' of ' + criterion.scored + ' met' })),
    el('table', { className: 'data city-items' },
      el('thead', {}, el('tr', {}, ['code', 'item', 'outcome', 'decided by', 'disagreement'].map((h) => el('th', { text: h })))),
      el('tbody', {}, list.map(itemRow))));
}

function itemRow(item) {
  return el('tr', { 'data-item': item.code, 'data-outcome': item.outcome, className: 'outcome-' + item.outcome },
    el('td', {}, el('code', { text: item.code })),
    el('td', {}, item.wording || '',
      item.outcome === 'missed' && item.advice ? el('div', { className: 'advice', text: 'What to do: ' + item.advice }) : null),
    el('td', {}, outcomeBadge(item.outcome), item.scored ? null : el('div', { className: 'muted small', text: 'not counted' })),
    el('td', {}, el('div', { className: 'small' }, 'rule ', el('code', { text: item.rule })),
      item.policy ? el('div', { className: 'small' }, 'policy ', el('code', { text: item.policy })) : null),
    el('td', { className: 'small' }, (item.disagreements || []).map(disagreement)));
}

function disagreement(d) {
  const said = d.answers.map((a) => (a.assessor || a.role) + ' said ' + a.value).join(', ');
  return el('div', { className: 'disagreement' },
    d.channel + ': ' + said + ' → ', el('strong', { text: OUTCOMES[d.settled] || d.settled }), ' (' + d.policy + ')');
}

function outcomeBadge(outcome) {
  return el('span', { className: 'badge outcome outcome-' + outcome, text: OUTCOMES[outcome] || outcome });
}

load();
