import {
  api, byId, el, levelBadge, markNavigation, replace, segment, shortHash, showError, statusBadge,
} from './designer.js';
import {
  authorBar, describeChange, editBody, editorHref, effectPanel, readOnlyNote, sampleSelector, send, showSaveFailure,
  withSample,
} from './authoring.js';

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

const id = segment(1);
const box = byId('edition');
const result = el('div', { id: 'save-result' });
let current = null;

async function load() {
  try {
    current = await api('/api/editions/' + encodeURIComponent(id));
    document.title = current.title + ' · LOSI designer';
    const editable = current.status !== 'final';
    replace(box, header(current), await authoring(current, editable), result, policies(current, editable),
      criteria(current, editable), bands(current.bands, editable), items(current, editable),
      editable ? await drafts(current) : null, await history(current, editable));
    box.classList.remove('loading');
  } catch (failure) {
    box.classList.remove('loading');
    replace(box, el('h1', {}, 'Edition ', el('code', { text: id })));
    const errorBox = el('div');
    box.appendChild(errorBox);
    showError(errorBox, failure);
    box.appendChild(el('p', {}, el('a', { className: 'button', id: 'repair', href: editorHref(id) },
      'Open the rule files to repair it')));
  }
}

function header(edition) {
  return el('div', { className: 'page-head' },
    el('h1', { id: 'edition-title' }, edition.title, ' ', statusBadge(edition.status)),
    el('p', { className: 'muted' },
      el('code', { text: edition.id }),
      edition.basedOn ? ' · based on ' + edition.basedOn : '',
      ' · ', edition.items.length + ' items in ' + edition.criteria.length + ' criteria',
      ' · rules ', el('code', { id: 'edition-hash', title: edition.hash, text: shortHash(edition.hash) })));
}

async function authoring(edition, editable) {
  const tools = el('div', { className: 'toolbar authoring-tools' },
    editable ? await sampleSelector() : null,
    editable ? el('a', { className: 'button', id: 'add-item', href: withSample(pagePath('/new-item')) },
      'Add an item') : null,
    el('a', { className: 'button small', id: 'open-editor', href: editorHref(edition.id) },
      editable ? 'Edit the rule files' : 'Read the rule files'),
    editable ? el('a', { className: 'button small', href: withSample(pagePath('/fork')) }, 'Fork') : null);
  return el('div', {}, editable ? authorBar() : readOnlyNote(edition.id), tools);
}

function pagePath(rest) {
  return '/editions/' + encodeURIComponent(id) + rest;
}

/** Sends an edit with the hash this page loaded; a saved edit shows its effect and reloads the edition. */
async function save(method, path, fields) {
  replace(result, el('p', { className: 'loading', text: 'Saving…' }));
  try {
    const saved = await send(method, '/api/editions/' + encodeURIComponent(id) + path, editBody(current.hash, fields));
    replace(result, savedNote(saved), effectPanel(saved.effect));
    await load();
  } catch (failure) {
    showSaveFailure(result, failure, id, () => window.location.reload());
  }
}

function savedNote(saved) {
  return el('section', { className: 'saved', id: 'saved' },
    el('p', {}, el('strong', { text: 'Saved.' }), ' Rules now ', el('code', { text: shortHash(saved.hash) }), '.'),
    saved.changes && saved.changes.length > 0
      ? el('ul', { className: 'changes', id: 'saved-changes' },
        saved.changes.map((c) => el('li', {}, describeChange(c))))
      : null);
}

function policies(edition, editable) {
  const policy = edition.policies;
  const row = (name, word) => [el('dt', { text: name }),
    el('dd', {}, el('code', { text: word }), ' ', el('span', { className: 'muted', text: POLICY_WORDS[word] || '' }))];
  return el('section', {},
    el('h2', { text: 'Policies' }),
    el('dl', { className: 'policies' },
      editable ? aggregationForm(policy.aggregation) : row('aggregation', policy.aggregation),
      row('not applicable (default)', policy.notApplicable),
      row('not assessed', policy.notAssessed),
      row('assessor disagreement', policy.disagreement)));
}

function aggregationForm(chosen) {
  const select = el('select', { id: 'aggregation', name: 'aggregation', 'aria-label': 'aggregation' },
    ['share-of-items', 'mean-of-criteria'].map((word) => el('option', { value: word, text: word })));
  select.value = chosen;
  const words = el('span', { className: 'muted', text: POLICY_WORDS[chosen] });
  select.addEventListener('change', () => { words.textContent = POLICY_WORDS[select.value]; });
  const form = el('form', { className: 'inline', id: 'aggregation-form' }, select,
    el('button', { type: 'submit', className: 'small', text: 'Save' }), words);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    save('PUT', '/aggregation', { aggregation: select.value });
  });
  return [el('dt', {}, el('label', { for: 'aggregation', text: 'aggregation' })), el('dd', {}, form)];
}

function criteria(edition, editable) {
  const heads = ['code', 'criterion', 'items', 'weight', 'OSI'].concat(editable ? [''] : []);
  const rows = edition.criteria.map((c) => editable ? criterionForm(c) : el('tr', {},
    el('td', {}, el('code', { text: c.code })),
    el('td', { text: c.name }),
    el('td', { className: 'num', text: c.items }),
    el('td', { className: 'num', text: c.weight }),
    el('td', { text: c.osi || '' })));
  if (editable) rows.push(criterionForm(null));
  return el('section', {},
    el('h2', { text: 'Criteria' }),
    editable ? el('p', { className: 'muted', text: 'Rename a criterion or set its weight; weights matter to'
      + ' mean-of-criteria only. The last row adds a criterion.' }) : null,
    el('table', { className: 'data', id: 'criteria-table' },
      el('thead', {}, el('tr', {}, heads.map((h) => el('th', { text: h })))),
      el('tbody', {}, rows)));
}

function criterionForm(criterion) {
  const formId = 'criterion-' + (criterion ? criterion.code : 'new');
  const code = criterion ? el('code', { text: criterion.code })
    : el('input', { form: formId, name: 'code', className: 'short', placeholder: 'new code',
      'aria-label': 'new criterion code', required: true });
  const name = el('input', { form: formId, name: 'name', value: criterion ? criterion.name : '',
    placeholder: criterion ? '' : 'name of the new criterion', 'aria-label': 'criterion name' });
  const weight = el('input', { form: formId, name: 'weight', type: 'number', min: 0, step: 'any', className: 'short',
    value: criterion ? criterion.weight : 1, 'aria-label': 'criterion weight', required: true });
  const form = el('form', { id: formId, className: 'cell-form' },
    el('button', { type: 'submit', className: 'small', text: criterion ? 'Save' : 'Add criterion' }));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const target = criterion ? criterion.code : code.value.trim();
    save('PUT', '/criteria/' + encodeURIComponent(target), { name: name.value, weight: Number(weight.value) });
  });
  return el('tr', { 'data-criterion': criterion ? criterion.code : '' },
    el('td', {}, code), el('td', {}, name),
    el('td', { className: 'num', text: criterion ? criterion.items : '' }),
    el('td', { className: 'num' }, weight),
    el('td', { text: criterion && criterion.osi ? criterion.osi : '' }),
    el('td', {}, form));
}

function bands(list, editable) {
  const side = (inclusive) => inclusive ? 'inclusive' : 'exclusive';
  const heads = editable ? ['level', 'range', 'lower cut-off', 'upper cut-off', '']
    : ['level', 'range', 'lower cut-off', 'upper cut-off'];
  return el('section', {},
    el('h2', { text: 'Level bands' }),
    el('p', { className: 'muted',
      text: 'A value exactly on a cut-off belongs to the band whose side of it is inclusive.' }),
    el('table', { className: 'data', id: 'bands-table' },
      el('thead', {}, el('tr', {}, heads.map((h) => el('th', { text: h })))),
      el('tbody', {}, list.map((b) => editable ? bandForm(b) : el('tr', {},
        el('td', {}, levelBadge(b.level)),
        el('td', {}, el('code', { text: b.range })),
        el('td', { text: b.lower + ' (' + side(b.lowerInclusive) + ')' }),
        el('td', { text: b.upper + ' (' + side(b.upperInclusive) + ')' }))))));
}

function bandForm(band) {
  const formId = 'band-' + band.level.replace(/[^A-Za-z0-9]+/g, '-');
  const number = (name, value) => el('input', { form: formId, name, type: 'number', step: 'any', className: 'short',
    value, required: true, 'aria-label': band.level + ' ' + name });
  const inclusive = (name, checked) => el('input', { form: formId, name, type: 'checkbox', checked,
    'aria-label': band.level + ' ' + name });
  const lower = number('lower', band.lower);
  const upper = number('upper', band.upper);
  const lowerInclusive = inclusive('lowerInclusive', band.lowerInclusive);
  const upperInclusive = inclusive('upperInclusive', band.upperInclusive);
  const form = el('form', { id: formId, className: 'cell-form' },
    el('button', { type: 'submit', className: 'small', text: 'Save' }));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    save('PUT', '/bands/' + encodeURIComponent(band.level), {
      lower: Number(lower.value), lowerInclusive: lowerInclusive.checked,
      upper: Number(upper.value), upperInclusive: upperInclusive.checked,
    });
  });
  return el('tr', { 'data-level': band.level },
    el('td', {}, levelBadge(band.level)),
    el('td', {}, el('code', { text: band.range })),
    el('td', {}, lower, el('label', { className: 'check' }, lowerInclusive, ' inclusive')),
    el('td', {}, upper, el('label', { className: 'check' }, upperInclusive, ' inclusive')),
    el('td', {}, form));
}

function items(edition, editable) {
  const names = Object.fromEntries(edition.criteria.map((c) => [c.code, c.name]));
  const filter = el('select', { id: 'criterion-filter', 'aria-label': 'criterion' },
    el('option', { value: '', text: 'all criteria' }),
    edition.criteria.map((c) => el('option', { value: c.code, text: c.name + ' (' + c.items + ')' })));
  const count = el('span', { id: 'items-count', className: 'muted' });
  const rows = edition.items.map((item) => itemRow(item, names, editable));
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

function itemRow(item, names, editable) {
  const where = item.declared && item.declared.file ? item.declared.file + ':' + item.declared.line : '';
  const formHref = withSample(pagePath('/items/' + encodeURIComponent(item.code)));
  return el('tr', { 'data-criterion': item.criterion, 'data-item': item.code },
    el('td', {}, el('a', { href: formHref, title: editable ? 'edit this item' : 'read this item' },
      el('code', { text: item.code }))),
    el('td', { title: names[item.criterion] || '', text: item.criterion }),
    el('td', {}, item.wording,
      item.advice ? el('div', { className: 'muted small', text: 'Advice: ' + item.advice }) : null),
    el('td', { className: 'num', text: item.weight }),
    el('td', { text: item.notApplicable }),
    el('td', {}, el('code', { className: 'condition', title: where, text: item.condition }),
      item.declared ? el('div', { className: 'small' }, el('a', {
        href: editorHref(id, { file: item.declared.file, line: item.declared.line }), text: where })) : null));
}

async function drafts(edition) {
  let list = [];
  try {
    list = (await api('/api/editions/' + encodeURIComponent(edition.id) + '/drafts')).drafts;
  } catch (e) {
    list = [];
  }
  return el('section', { id: 'drafts' },
    el('h2', { text: 'Drafts' }),
    list.length === 0
      ? el('p', { className: 'muted', text: 'No draft: every edit made here was saved.' })
      : el('ul', { className: 'drafts' }, list.map((d) => el('li', {},
        el('a', { href: editorHref(edition.id, { draft: d.name, file: d.changedFiles[0] }) },
          el('code', { text: d.name })),
        d.changedFiles.length > 0 ? ' · ' + d.changedFiles.join(', ') : ' · same as the edition now'))));
}

load();

/** The commits that changed this edition: what each changed since, item by item, and a restore for editable ones. */
async function history(edition, editable) {
  const section = el('section', { id: 'history' }, el('h2', { text: 'History' }));
  let revisions;
  try {
    ({ revisions } = await api('/api/editions/' + encodeURIComponent(edition.id) + '/history'));
  } catch (failure) {
    const box = el('div');
    section.appendChild(box);
    showError(box, failure);
    return section;
  }
  if (revisions.length === 0) {
    section.appendChild(el('p', { className: 'muted', text: 'No saved revision yet: every save from now on is one.' }));
    return section;
  }
  const changes = el('div', { id: 'history-changes' });
  const rows = revisions.map((revision) => el('tr', {},
    el('td', {}, el('code', { title: revision.id, text: revision.id.substring(0, 10) })),
    el('td', { text: new Date(revision.time).toLocaleString() }),
    el('td', { text: revision.author }),
    el('td', { text: revision.message }),
    el('td', {},
      el('button', { type: 'button', className: 'small', onclick: () => showChanges(edition.id, revision, changes) },
        'Changes since'),
      editable ? el('button', { type: 'button', className: 'small', onclick: () => restore(revision) }, 'Restore') : null)));
  section.appendChild(el('table', { className: 'data', id: 'history-table' },
    el('thead', {}, el('tr', {}, ...['revision', 'when', 'author', 'message', ''].map((h) => el('th', { text: h })))),
    el('tbody', {}, ...rows)));
  section.appendChild(changes);
  return section;
}

async function showChanges(edition, revision, box) {
  replace(box, el('p', { className: 'loading', text: 'Comparing…' }));
  try {
    const diff = await api('/api/editions/' + encodeURIComponent(edition) + '/history/diff?from='
      + encodeURIComponent(revision.id) + '&to=working');
    replace(box, el('h3', { text: 'Changes from ' + revision.id.substring(0, 10) + ' to the edition as saved now' }),
      diff.changes.length === 0
        ? el('p', { className: 'muted', text: 'None: the rules are the same.' })
        : el('ul', { className: 'changes' }, diff.changes.map((c) => el('li', {}, describeChange(c)))));
  } catch (failure) {
    showError(box, failure);
  }
}

function restore(revision) {
  if (!window.confirm('Restore the rule files as they were at ' + revision.id.substring(0, 10) + '?')) return;
  save('POST', '/history/restore', { revision: revision.id });
}
