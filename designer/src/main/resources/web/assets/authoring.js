// What the authoring pages share: who is editing, sending an edit with the hash the page
// loaded, and showing what became of it (its effect on a sample, a conflict, a draft).

import { api, ApiFailure, el, location, replace } from './designer.js';

const AUTHOR_KEY = 'losi.author';

/** The author kept in this browser, or null before they said who they are. */
export function storedAuthor() {
  try {
    const author = JSON.parse(window.localStorage.getItem(AUTHOR_KEY) || 'null');
    return author && author.name ? author : null;
  } catch (e) {
    return null;
  }
}

function author() {
  return storedAuthor() || { name: 'anonymous author' };
}

/**
 * A bar that asks once who is editing and keeps the answer in this browser; once answered,
 * it says who and offers to change it.
 */
export function authorBar() {
  const bar = el('section', { className: 'author-bar', id: 'author-bar', 'aria-label': 'author' });
  const show = () => replace(bar, storedAuthor() ? signedIn(show) : askName(show));
  show();
  return bar;
}

function signedIn(show) {
  const who = storedAuthor();
  return el('p', { className: 'muted' }, 'Editing as ',
    el('strong', { id: 'author-name', text: who.name }), who.email ? ' <' + who.email + '>' : '', ' · ',
    el('button', { type: 'button', className: 'link', id: 'author-change', onclick: () => {
      window.localStorage.removeItem(AUTHOR_KEY);
      show();
    } }, 'change'));
}

function askName(show) {
  const name = el('input', { id: 'author-input-name', name: 'name', required: true, autocomplete: 'name',
    placeholder: 'your name' });
  const email = el('input', { id: 'author-input-email', name: 'email', type: 'email', autocomplete: 'email',
    placeholder: 'e-mail (optional)' });
  const form = el('form', { className: 'inline', id: 'author-form' },
    el('span', { text: 'Who is editing? Your name goes with each change you save.' }),
    name, email, el('button', { type: 'submit', text: 'Remember me' }));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!name.value.trim()) return;
    window.localStorage.setItem(AUTHOR_KEY, JSON.stringify({ name: name.value.trim(), email: email.value.trim() }));
    show();
  });
  return form;
}

/** Sends a JSON body and returns the JSON answer, or throws ApiFailure with the error body. */
export async function send(method, path, body) {
  let response;
  try {
    response = await fetch(path, {
      method,
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

/** An edit's body: the hash the page loaded, the author, the sample to rescore, and the edit's fields. */
export function editBody(baseHash, fields) {
  const sample = currentSample();
  return Object.assign({ baseHash, author: author() }, sample ? { sample } : {}, fields);
}

export function currentSample() {
  return new URLSearchParams(window.location.search).get('sample') || '';
}

/** Keeps the sample in the page's address, so that a reload or a link shows the same one. */
export function rememberSample(sample) {
  const url = new URL(window.location.href);
  if (sample) url.searchParams.set('sample', sample);
  else url.searchParams.delete('sample');
  window.history.replaceState(null, '', url.pathname + url.search);
}

/** Adds the chosen sample to a link inside the designer. */
export function withSample(path) {
  const sample = currentSample();
  if (!sample) return path;
  return path + (path.includes('?') ? '&' : '?') + 'sample=' + encodeURIComponent(sample);
}

/** A select of the samples folder's files; the choice is kept in the address. */
export async function sampleSelector(onChange) {
  const select = el('select', { id: 'sample', 'aria-label': 'sample to rescore' },
    el('option', { value: '', text: 'no sample: do not rescore' }));
  try {
    const { samples } = await api('/api/samples');
    samples.forEach((s) => select.appendChild(el('option', { value: s.path, text: s.path })));
  } catch (e) {
    select.appendChild(el('option', { value: '', text: 'samples cannot be listed', disabled: true }));
  }
  select.value = currentSample();
  select.addEventListener('change', () => {
    rememberSample(select.value);
    if (onChange) onChange(select.value);
  });
  return el('label', { className: 'sample-choice' }, 'Rescore after each save: ', select);
}

export function editorHref(edition, params) {
  const query = new URLSearchParams();
  Object.entries(params || {}).forEach(([k, v]) => { if (v !== null && v !== undefined && v !== '') query.set(k, v); });
  const sample = currentSample();
  if (sample) query.set('sample', sample);
  const text = query.toString();
  return '/editions/' + encodeURIComponent(edition) + '/rules' + (text ? '?' + text : '');
}

/** Says that a final edition is read-only, with the way out: a fork. */
export function readOnlyNote(edition) {
  return el('section', { className: 'note read-only', id: 'read-only', role: 'note' },
    el('h2', { text: 'This edition is final and read-only' }),
    el('p', { text: 'Final editions are never changed in place. Fork it into a beta edition to change items,'
      + ' criteria, weights or bands.' }),
    el('a', { className: 'button', id: 'fork-button',
      href: withSample('/editions/' + encodeURIComponent(edition) + '/fork') }, 'Fork this edition'));
}

/** What a save did to the chosen sample: the cities that moved, before and after. */
export function effectPanel(effect) {
  if (!effect) {
    return el('section', { className: 'effect', id: 'effect' },
      el('p', { className: 'muted', text: 'Saved. Choose a sample to see the effect of each save on its cities.' }));
  }
  const box = el('section', { className: 'effect', id: 'effect', 'aria-live': 'polite' },
    el('h2', {}, 'Effect on ', el('code', { text: effect.sample })));
  if (effect.error) {
    box.appendChild(el('p', { className: 'message',
      text: 'Saved, but the sample could not be scored: ' + effect.error.message }));
    return box;
  }
  if (effect.changed.length === 0) {
    box.appendChild(el('p', { id: 'effect-summary',
      text: 'No city changed value, level or rank (' + effect.unchanged + ' unchanged).' }));
    return box;
  }
  box.appendChild(el('p', { id: 'effect-summary',
    text: effect.changed.length + ' cit' + (effect.changed.length === 1 ? 'y' : 'ies') + ' changed, '
      + effect.unchanged + ' unchanged.' }));
  box.appendChild(el('table', { className: 'data effect-table', id: 'effect-table' },
    el('thead', {}, el('tr', {}, ['city', 'value', 'level', 'rank'].map((h) => el('th', { text: h })))),
    el('tbody', {}, effect.changed.map((c) => el('tr', { 'data-city': c.city },
      el('td', { text: c.name || c.city }),
      beforeAfter(c.value, (v) => Number(v).toFixed(4)),
      beforeAfter(c.level, String),
      beforeAfter(c.rank, String))))));
  return box;
}

function beforeAfter(pair, show) {
  const [before, after] = pair;
  const text = (v) => (v === null || v === undefined ? 'not ranked' : show(v));
  const moved = text(before) !== text(after);
  return el('td', { className: moved ? 'moved' : 'same' },
    text(before), moved ? el('span', { className: 'arrow', text: ' → ' }) : null, moved ? text(after) : null);
}

/** Someone saved since the page loaded: both sides, the draft, and a way to reload. */
export function conflictPanel(error, edition, onReload) {
  return el('section', { className: 'error conflict', id: 'conflict', role: 'alert' },
    el('h2', { text: 'Someone else saved this edition since you opened it' }),
    el('p', { className: 'message' }, 'Your edit was not saved, and nothing is lost: it is kept as draft ',
      el('code', { text: error.draft }), '.'),
    el('div', { className: 'two-lists' },
      changeList('What they saved', 'conflict-theirs', error.changes,
        'The designer no longer remembers what the edition was when you opened it.'),
      changeList('What your edit would change', 'conflict-yours', error.yours,
        'Nothing: the edition already says it.')),
    el('p', { className: 'actions' },
      el('button', { type: 'button', id: 'conflict-reload', onclick: onReload }, 'Reload the edition'),
      ' ', draftLink(edition, error.draft)));
}

/** The edit does not compile: the problems in the author's terms, and where the edit was kept. */
export function notSavedPanel(error, edition) {
  return el('section', { className: 'error not-saved', id: 'not-saved', role: 'alert' },
    el('h2', { text: 'Not saved: the edit does not compile' }),
    el('p', { className: 'message' }, 'The edition is unchanged. Your edit is kept as draft ',
      el('code', { text: error.draft }), '.'),
    problemList(error.problems, 'not-saved-problems'),
    el('p', {}, draftLink(edition, error.draft)));
}

function draftLink(edition, draft) {
  return el('a', { className: 'button small', id: 'open-draft', href: editorHref(edition, { draft }) },
    'Open your draft in the DRL editor');
}

function changeList(title, id, changes, none) {
  return el('div', {},
    el('h3', { text: title }),
    changes && changes.length > 0
      ? el('ul', { className: 'changes', id }, changes.map((c) => el('li', {}, describeChange(c))))
      : el('p', { className: 'muted', id, text: none }));
}

/** One change in words: "270c: item added: AI assistant …", "201: reweighted (1 → 3)". */
export function describeChange(change) {
  const has = (v) => v !== undefined && v !== null;
  let detail = '';
  if (has(change.before) && has(change.after)) detail = ' (' + change.before + ' → ' + change.after + ')';
  else if (has(change.after)) detail = ': ' + change.after;
  else if (has(change.before)) detail = ': ' + change.before;
  return [el('code', { text: change.subject }), ': ' + change.kind + detail];
}

/** Shows the outcome of a failed save in the given box: conflict, draft, read-only or another error. */
export function showSaveFailure(box, failure, edition, onReload) {
  const error = failure instanceof ApiFailure ? failure.error
    : { status: 0, code: 'page-error', message: String(failure && failure.message ? failure.message : failure) };
  if (error.code === 'edition-changed') replace(box, conflictPanel(error, edition, onReload));
  else if (error.code === 'edit-does-not-compile') replace(box, notSavedPanel(error, edition));
  else if (error.code === 'edition-read-only') replace(box, readOnlyNote(edition));
  else {
    replace(box, el('section', { className: 'error', role: 'alert', id: 'save-error' },
      el('h2', { text: 'Not saved' }),
      el('p', { className: 'message', text: error.message }),
      error.field ? el('p', { className: 'muted' }, 'Field ', el('code', { text: error.field })) : null,
      el('p', { className: 'muted' }, el('code', { text: error.code }), ' · HTTP ' + error.status)));
  }
}

/** Problems as a list: where, the rule, and the message in plain words. */
export function problemList(problems, id) {
  return el('ul', { className: 'problem-list', id }, problems.map((p) => el('li', { 'data-line': p.line || 0 },
    el('code', { text: location(p) }),
    p.rule ? el('span', { className: 'rule-name', text: ' rule "' + p.rule + '"' }) : null,
    ': ', el('span', { className: 'plain', text: plainMessage(p) }),
    null)));
}

/** The compiler's message: the engine already puts the messages authors meet most in plain words. */
export function plainMessage(problem) {
  return String(problem.message || '');
}
