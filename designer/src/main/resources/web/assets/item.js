// The item form: an item's metadata and its condition, written to DRL by the engine.

import { api, byId, el, markNavigation, replace, segment, showError } from './designer.js';
import {
  authorBar, describeChange, editBody, editorHref, effectPanel, readOnlyNote, sampleSelector, send, showSaveFailure,
  withSample,
} from './authoring.js';

markNavigation('editions');

const edition = segment(1);
const code = segment(2) === 'items' ? segment(3) : null;
const box = byId('item');
const result = el('div', { id: 'save-result' });

const KINDS = [
  ['portal', 'Yes on the portal'],
  ['any-channel', 'Yes on any channel: the item is channel-independent'],
  ['channels', 'Yes on one of the chosen channels'],
  ['any-of', 'Any of other items'],
  ['all-of', 'All of other items'],
  ['at-least', 'At least N of other items'],
];
const ATTRIBUTE_WORDS = {
  settlementType: 'settlement type', population: 'population', region: 'region', country: 'country',
};
const CHANNEL_WORDS = {
  portal: 'portal', mobile_app: 'mobile app', social_media: 'social media', chatbot: 'chatbot',
  linked_platform: 'linked platform', other: 'other channel',
};

let view = null;

async function load() {
  try {
    const path = '/api/editions/' + encodeURIComponent(edition) + '/items/'
      + (code ? encodeURIComponent(code) + '/form' : 'form');
    view = await api(path);
    render();
  } catch (failure) {
    box.classList.remove('loading');
    replace(box, el('h1', { text: code ? 'Item ' + code : 'New item' }));
    const errorBox = el('div');
    box.appendChild(errorBox);
    showError(errorBox, failure);
  }
}

async function render() {
  document.title = (view.code ? 'Item ' + view.code : 'New item') + ' · LOSI designer';
  const back = el('p', { className: 'back' },
    el('a', { href: withSample('/editions/' + encodeURIComponent(edition)), text: '← ' + edition }));
  const title = el('h1', { id: 'item-title', text: view.code ? 'Item ' + view.code : 'New item' });
  const top = view.readOnly ? [back, title, readOnlyNote(edition)]
    : [back, title, authorBar(), el('div', { className: 'toolbar' }, await sampleSelector())];
  if (!view.representable) {
    replace(box, ...top, handWritten(view));
  } else {
    replace(box, ...top, itemForm(view), result);
  }
  box.classList.remove('loading');
}

/** An item whose rule the form cannot show: say so, show the rule, and open it in the DRL editor. */
function handWritten(item) {
  return el('section', { className: 'note', id: 'hand-written' },
    el('h2', { text: 'This item\u2019s rule is written by hand' }),
    el('p', { text: 'Its rule says more than the form can show, so the form would lose part of it.'
      + ' Edit it in the DRL editor.' }),
    el('pre', { className: 'rule-text', text: item.rule.text }),
    el('a', { className: 'button', id: 'open-in-editor',
      href: editorHref(edition, { file: item.rule.file, line: item.rule.line }) },
    'Open ' + item.rule.file + ' at line ' + item.rule.line));
}

function itemForm(item) {
  const form = item.form;
  const choices = item.choices;
  const fields = {
    code: el('input', { id: 'item-code', name: 'code', value: form.code || '', required: true,
      pattern: '[A-Za-z0-9][A-Za-z0-9._-]*', placeholder: 'for example 270c' }),
    criterion: el('select', { id: 'item-criterion', name: 'criterion' },
      choices.criteria.map((c) => el('option', { value: c.code, text: c.code + ' · ' + c.name }))),
    wording: el('textarea', { id: 'item-wording', name: 'wording', rows: 2, required: true }),
    weight: el('input', { id: 'item-weight', name: 'weight', type: 'number', min: 0, step: 'any',
      value: form.weight, required: true }),
    advice: el('textarea', { id: 'item-advice', name: 'advice', rows: 2,
      placeholder: 'what a city missing this item can do' }),
    osi: el('input', { id: 'item-osi', name: 'osi', value: form.osi || '',
      placeholder: 'optional, for example OSI-TII' }),
    notApplicable: el('select', { id: 'item-not-applicable', name: 'notApplicable' },
      el('option', { value: '', text: 'edition default (' + choices.notApplicableDefault + ')' }),
      el('option', { value: 'zero', text: 'zero: stays in the denominator and earns nothing' }),
      el('option', { value: 'exclude', text: 'exclude: leaves the denominator' })),
  };
  fields.criterion.value = form.criterion || '';
  fields.wording.value = form.wording || '';
  fields.advice.value = form.advice || '';
  fields.notApplicable.value = form.notApplicable || '';
  const condition = conditionFields(form.condition || { kind: 'portal' }, choices, item.code);
  const element = el('form', { id: 'item-form', className: 'item-form' },
    el('fieldset', {}, el('legend', { text: 'Item' }),
      row('Code', fields.code), row('Criterion', fields.criterion), row('Wording', fields.wording),
      row('Weight', fields.weight), row('Advice for cities missing it', fields.advice),
      row('OSI sub-index', fields.osi), row('When not applicable', fields.notApplicable)),
    condition.element,
    el('p', { className: 'actions' },
      item.readOnly ? null
        : el('button', { type: 'submit', id: 'save-item', text: item.code ? 'Save the item' : 'Add the item' }),
      item.code && !item.readOnly ? removeButton(item) : null,
      item.rule ? el('a', { className: 'button small',
        href: editorHref(edition, { file: item.rule.file, line: item.rule.line }) },
      'Open its rule in the DRL editor') : null));
  if (item.readOnly) {
    element.querySelectorAll('input, select, textarea, button').forEach((n) => { n.disabled = true; });
  }
  element.addEventListener('submit', (e) => {
    e.preventDefault();
    saveItem(item, {
      code: fields.code.value.trim(),
      criterion: fields.criterion.value,
      wording: fields.wording.value.trim(),
      weight: Number(fields.weight.value),
      advice: fields.advice.value.trim() || null,
      osi: fields.osi.value.trim() || null,
      notApplicable: fields.notApplicable.value || null,
      condition: condition.value(),
      file: form.file || null,
    });
  });
  return element;
}

function row(label, field) {
  return el('label', { className: 'field' }, el('span', { text: label }), field);
}

/** The condition's fields: what must be yes, on which channels, and the cities it is limited to. */
function conditionFields(condition, choices, ownCode) {
  const radios = KINDS.map(([kind, words]) => el('input', { type: 'radio', name: 'kind', value: kind,
    id: 'kind-' + kind, checked: condition.kind === kind }));
  const channels = choices.channels.map((channel) => el('input', { type: 'checkbox', name: 'channel', value: channel,
    id: 'channel-' + channel, checked: (condition.channels || []).includes(channel) }));
  const items = el('select', { id: 'condition-items', multiple: true, size: 8, 'aria-label': 'other items' },
    choices.items.filter((i) => i.code !== ownCode).map((i) => el('option', {
      value: i.code, text: i.code + ' · ' + i.name, selected: (condition.items || []).includes(i.code) })));
  const atLeast = el('input', { id: 'condition-at-least', type: 'number', min: 1, step: 1, className: 'short',
    value: condition.atLeast || 1, 'aria-label': 'how many' });
  const anyChannel = el('input', { id: 'condition-any-channel', type: 'checkbox', checked: condition.anyChannel });
  const limits = limitRows(condition.limits || [], choices);
  const channelBox = el('div', { className: 'sub', id: 'channel-choices' },
    channels.map((c) => el('label', { className: 'check' }, c, ' ' + (CHANNEL_WORDS[c.value] || c.value))));
  const chosen = el('p', { className: 'muted small', id: 'chosen-items' });
  const showChosen = () => {
    const codes = Array.from(items.selectedOptions).map((o) => o.value);
    chosen.textContent = codes.length === 0 ? 'No item chosen yet.' : 'Chosen: ' + codes.join(', ');
  };
  items.addEventListener('change', showChosen);
  showChosen();
  const itemsBox = el('div', { className: 'sub', id: 'item-choices' },
    el('label', { className: 'field' }, el('span', { text: 'Other items (Ctrl-click for several)' }), items),
    chosen,
    el('label', { className: 'check', id: 'at-least-box' }, 'at least ', atLeast, ' of them'),
    el('label', { className: 'check' }, anyChannel, ' a yes on any channel counts, not just the portal'));
  const options = KINDS.map(([kind, words], i) => el('div', { className: 'kind' },
    el('label', { className: 'check', for: 'kind-' + kind }, radios[i], ' ' + words),
    kind === 'channels' ? channelBox : null, kind === 'at-least' ? itemsBox : null));
  const chosenKind = () => (radios.find((r) => r.checked) || radios[0]).value;
  const show = () => {
    const kind = chosenKind();
    channelBox.hidden = kind !== 'channels';
    itemsBox.hidden = !['any-of', 'all-of', 'at-least'].includes(kind);
    byIdIn(itemsBox, 'at-least-box').hidden = kind !== 'at-least';
    if (!itemsBox.hidden) options[KINDS.findIndex(([k]) => k === kind)].appendChild(itemsBox);
  };
  radios.forEach((r) => r.addEventListener('change', show));
  show();
  const element = el('fieldset', { id: 'condition' }, el('legend', { text: 'Met when' }), options,
    el('h3', { text: 'Only for cities with' }), limits.element);
  const value = () => {
    const kind = chosenKind();
    const chosenItems = Array.from(items.selectedOptions).map((o) => o.value);
    return {
      kind,
      channels: kind === 'channels' ? channels.filter((c) => c.checked).map((c) => c.value) : [],
      items: ['any-of', 'all-of', 'at-least'].includes(kind) ? chosenItems : [],
      atLeast: kind === 'at-least' ? Number(atLeast.value) : 0,
      anyChannel: ['any-of', 'all-of', 'at-least'].includes(kind) && anyChannel.checked,
      limits: limits.value(),
    };
  };
  return { element, value };
}

function byIdIn(node, id) {
  return node.querySelector('#' + id);
}

/** City attributes the item is limited to: one row each, all of them must hold. */
function limitRows(initial, choices) {
  const list = el('div', { id: 'limits' });
  const none = el('p', { className: 'muted small', text: 'No limit: every city can meet the item.' });
  const rows = [];
  const showNone = () => { none.hidden = rows.length > 0; };
  const add = (limit) => {
    const known = choices.attributes.includes(limit.attribute);
    const attribute = el('select', { 'aria-label': 'attribute', className: 'limit-attribute' },
      choices.attributes.map((a) => el('option', { value: a, text: ATTRIBUTE_WORDS[a] || a })),
      el('option', { value: '', text: 'another attribute…' }));
    attribute.value = limit.attribute === undefined ? choices.attributes[0] : known ? limit.attribute : '';
    const free = el('input', { 'aria-label': 'attribute name', className: 'short limit-free', placeholder: 'name',
      value: known ? '' : limit.attribute || '' });
    const operator = el('select', { 'aria-label': 'operator', className: 'limit-operator' },
      choices.operators.map((o) => el('option', { value: o, text: o })));
    operator.value = limit.operator || '==';
    const value = el('input', { 'aria-label': 'value', className: 'limit-value', value: limit.value || '',
      placeholder: 'rural, 50000, …' });
    const entry = { attribute, free, operator, value };
    const line = el('div', { className: 'limit' }, attribute, free, operator, value,
      el('button', { type: 'button', className: 'small link', onclick: () => {
        rows.splice(rows.indexOf(entry), 1);
        line.remove();
        showNone();
      } }, 'remove'));
    const showFree = () => { free.hidden = attribute.value !== ''; };
    attribute.addEventListener('change', showFree);
    showFree();
    rows.push(entry);
    list.appendChild(line);
    showNone();
  };
  initial.forEach(add);
  showNone();
  const element = el('div', {}, list,
    el('button', { type: 'button', className: 'small', id: 'add-limit', onclick: () => add({}) },
      'Add a limit'),
    none);
  const value = () => rows.map((r) => ({
    attribute: r.attribute.value || r.free.value.trim(),
    operator: r.operator.value,
    value: r.value.value.trim(),
  }));
  return { element, value };
}

/** Where each field the API may name sits in the form. */
const FIELD_ELEMENTS = {
  'item.code': 'item-code', 'item.criterion': 'item-criterion', 'item.wording': 'item-wording',
  'item.weight': 'item-weight', 'item.file': 'item-code', 'item.condition.channels': 'channel-choices',
  'item.condition.items': 'condition-items', 'item.condition.atLeast': 'condition-at-least',
  'item.condition.limits': 'limits',
};

function markInvalid(failure) {
  document.querySelectorAll('#item-form .invalid').forEach((n) => {
    n.classList.remove('invalid');
    n.removeAttribute('aria-invalid');
  });
  const field = failure && failure.error ? FIELD_ELEMENTS[failure.error.field] : null;
  const node = field ? byId(field) : null;
  if (node) {
    node.classList.add('invalid');
    node.setAttribute('aria-invalid', 'true');
  }
}

async function saveItem(item, form) {
  replace(result, el('p', { className: 'loading', text: 'Saving…' }));
  markInvalid(null);
  const base = '/api/editions/' + encodeURIComponent(edition) + '/items';
  try {
    const saved = item.code
      ? await send('PUT', base + '/' + encodeURIComponent(item.code), editBody(view.hash, { item: form }))
      : await send('POST', base, editBody(view.hash, { item: form }));
    view.hash = saved.hash;
    showSaved(saved, form.code);
  } catch (failure) {
    markInvalid(failure);
    showSaveFailure(result, failure, edition, () => window.location.reload());
  }
}

function showSaved(saved, savedCode) {
  const itemPath = withSample('/editions/' + encodeURIComponent(edition) + '/items/' + encodeURIComponent(savedCode));
  if (!view.code || view.code !== savedCode) {
    window.history.replaceState(null, '', itemPath);
    view.code = savedCode;
    byId('item-title').textContent = 'Item ' + savedCode;
    byId('save-item').textContent = 'Save the item';
  }
  replace(result,
    el('section', { className: 'saved', id: 'saved' },
      el('p', {}, el('strong', { text: 'Saved.' }), ' ',
        saved.changes.map((c) => el('span', { className: 'change' }, describeChange(c), ' '))),
      saved.rule ? [el('h2', { text: 'The rule it wrote' }),
        el('p', { className: 'muted' }, el('code', { text: saved.rule.file + ':' + saved.rule.line })),
        el('pre', { className: 'rule-text', id: 'written-rule', text: saved.rule.text })] : null),
    effectPanel(saved.effect));
}

/** Removing takes a second click, so that a slip of the mouse removes nothing. */
function removeButton(item) {
  const button = el('button', { type: 'button', className: 'danger', id: 'remove-item' }, 'Remove the item');
  button.addEventListener('click', () => {
    if (button.dataset.armed === 'yes') {
      remove(item);
      return;
    }
    button.dataset.armed = 'yes';
    button.textContent = 'Click again to remove item ' + item.code;
  });
  return button;
}

async function remove(item) {
  replace(result, el('p', { className: 'loading', text: 'Removing…' }));
  try {
    const saved = await send('DELETE', '/api/editions/' + encodeURIComponent(edition) + '/items/'
      + encodeURIComponent(item.code), editBody(view.hash, {}));
    replace(box, el('p', { className: 'back' },
      el('a', { href: withSample('/editions/' + encodeURIComponent(edition)), text: '← ' + edition })),
    el('h1', { text: 'Item ' + item.code + ' removed' }), effectPanel(saved.effect));
  } catch (failure) {
    showSaveFailure(result, failure, edition, () => window.location.reload());
  }
}

load();
