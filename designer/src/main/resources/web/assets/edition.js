import {
  api, byId, el, levelBadge, markNavigation, replace, segment, shortHash, showError, statusBadge,
} from './designer.js';

markNavigation('editions');

const POLICY_WORDS = {
  'share-of-items': 'met item weight over scored item weight, across all criteria',
  'mean-of-criteria': 'each criterion\u2019s share, averaged with the criterion weights',
  zero: 'stays in the denominator and earns nothing',
  exclude: 'leaves the denominator: neither helps nor hurts',
  reviewer: 'the reviewer\u2019s answer decides; without one the item stays not assessed',
  'any-yes': 'any assessor\u2019s yes wins, unless a reviewer answered',
  'all-yes': 'every assessor must say yes, unless a reviewer answered',
};

async function load() {
  const id = segment(1);
  const box = byId('edition');
  try {
    const edition = await api('/api/editions/' + encodeURIComponent(id));
    document.title = edition.title + ' · LOSI designer';
    replace(box, header(edition), policies(edition.policies), criteria(edition), bands(edition.bands),
      items(edition));
    box.classList.remove('loading');
  } catch (failure) {
    box.classList.remove('loading');
    replace(box, el('h1', {}, 'Edition ', el('code', { text: id })));
    const errorBox = el('div');
    box.appendChild(errorBox);
    showError(errorBox, failure);
  }
}

function header(edition) {
  return el('div', { className: 'page-head' },
    el('h1', { id: 'edition-title' }, edition.title, ' ', statusBadge(edition.status)),
    el('p', { className: 'muted' },
      el('code', { text: edition.id }),
      edition.basedOn ? ' · based on ' + edition.basedOn : '',
      ' · ', edition.items.length + ' items in ' + edition.criteria.length + ' criteria',
      ' · rules ', el('code', { title: edition.hash, text: shortHash(edition.hash) })));
}

function policies(policy) {
  const row = (name, word) => [el('dt', { text: name }),
    el('dd', {}, el('code', { text: word }), ' ', el('span', { className: 'muted', text: POLICY_WORDS[word] || '' }))];
  return el('section', {},
    el('h2', { text: 'Policies' }),
    el('dl', { className: 'policies' },
      row('aggregation', policy.aggregation),
      row('not applicable (default)', policy.notApplicable),
      row('not assessed', policy.notAssessed),
      row('assessor disagreement', policy.disagreement)));
}

function criteria(edition) {
  return el('section', {},
    el('h2', { text: 'Criteria' }),
    el('table', { className: 'data', id: 'criteria-table' },
      el('thead', {}, el('tr', {}, ['code', 'criterion', 'items', 'weight', 'OSI'].map((h) => el('th', { text: h })))),
      el('tbody', {}, edition.criteria.map((c) => el('tr', {},
        el('td', {}, el('code', { text: c.code })),
        el('td', { text: c.name }),
        el('td', { className: 'num', text: c.items }),
        el('td', { className: 'num', text: c.weight }),
        el('td', { text: c.osi || '' }))))));
}

function bands(list) {
  const side = (inclusive) => inclusive ? 'inclusive' : 'exclusive';
  return el('section', {},
    el('h2', { text: 'Level bands' }),
    el('p', { className: 'muted', text: 'A value exactly on a cut-off belongs to the band whose side of it is inclusive.' }),
    el('table', { className: 'data', id: 'bands-table' },
      el('thead', {}, el('tr', {}, ['level', 'range', 'lower cut-off', 'upper cut-off'].map((h) => el('th', { text: h })))),
      el('tbody', {}, list.map((b) => el('tr', {},
        el('td', {}, levelBadge(b.level)),
        el('td', {}, el('code', { text: b.range })),
        el('td', { text: b.lower + ' (' + side(b.lowerInclusive) + ')' }),
        el('td', { text: b.upper + ' (' + side(b.upperInclusive) + ')' }))))));
}

function items(edition) {
  const names = Object.fromEntries(edition.criteria.map((c) => [c.code, c.name]));
  const filter = el('select', { id: 'criterion-filter', 'aria-label': 'criterion' },
    el('option', { value: '', text: 'all criteria' }),
    edition.criteria.map((c) => el('option', { value: c.code, text: c.name + ' (' + c.items + ')' })));
  const count = el('span', { id: 'items-count', className: 'muted' });
  const rows = edition.items.map((item) => itemRow(item, names));
  const apply = () => {
    let shown = 0;
    rows.forEach((row) => {
      const visible = filter.value === '' || row.dataset.criterion === filter.value;
      row.hidden = !visible;
      if (visible) shown++;
    });
    count.textContent = shown + ' of ' + rows.length + ' items';
  };
  filter.addEventListener('change', apply);
  const section = el('section', {},
    el('h2', { text: 'Items' }),
    el('div', { className: 'toolbar' }, el('label', {}, 'Show ', filter), count),
    el('table', { className: 'data edition-items', id: 'items-table' },
      el('thead', {}, el('tr', {}, ['code', 'criterion', 'wording', 'weight', 'not applicable', 'condition']
        .map((h) => el('th', { text: h })))),
      el('tbody', {}, rows)));
  apply();
  return section;
}

function itemRow(item, names) {
  const where = item.declared && item.declared.file ? item.declared.file + ':' + item.declared.line : '';
  return el('tr', { 'data-criterion': item.criterion, 'data-item': item.code },
    el('td', {}, el('code', { text: item.code })),
    el('td', { title: names[item.criterion] || '', text: item.criterion }),
    el('td', {}, item.wording, item.advice ? el('div', { className: 'muted small', text: 'Advice: ' + item.advice }) : null),
    el('td', { className: 'num', text: item.weight }),
    el('td', { text: item.notApplicable }),
    el('td', {}, el('code', { className: 'condition', title: where, text: item.condition })));
}

load();
