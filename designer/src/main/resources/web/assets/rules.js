// The DRL editor: one rule file of an edition at a time, checked as the author types, every
// problem marked at its line with its rule and message, and saved only when it compiles.

import { api, byId, el, location, markNavigation, query, replace, segment, shortHash, showError } from './designer.js';
import {
  authorBar, describeChange, editBody, effectPanel, plainMessage, problemList, readOnlyNote, sampleSelector, send,
  showSaveFailure, withSample,
} from './authoring.js';
import { defineDrlMode } from './drl-mode.js';

markNavigation('editions');

const CodeMirror = window.CodeMirror;
defineDrlMode(CodeMirror);

const CHECK_DELAY_MS = 400;
const GUTTER = 'drl-problems';
const edition = segment(1);
const draft = query('draft');
const box = byId('rules');
const result = el('div', { id: 'save-result' });
const status = el('p', { id: 'check-status', className: 'check-status', 'aria-live': 'polite' });
const problemsBox = el('div', { id: 'problems' });

const saved = {};
const docs = {};
let draftTexts = null;
let hash = null;
let readOnly = false;
let file = null;
let editor = null;
let marks = [];
let markedLines = [];
let checkTimer = null;
let checks = 0;

async function load() {
  try {
    const listing = await api('/api/editions/' + encodeURIComponent(edition) + '/files');
    hash = listing.hash;
    readOnly = listing.readOnly;
    if (draft) draftTexts = await draftFiles();
    await render(listing);
  } catch (failure) {
    box.classList.remove('loading');
    replace(box, el('h1', {}, 'Rule files of ', el('code', { text: edition })));
    const errorBox = el('div');
    box.appendChild(errorBox);
    showError(errorBox, failure);
  }
}

async function draftFiles() {
  const kept = await api('/api/editions/' + encodeURIComponent(edition) + '/drafts/' + encodeURIComponent(draft));
  return Object.fromEntries(kept.files.map((f) => [f.name, f]));
}

async function render(listing) {
  const names = listing.files.map((f) => f.name);
  const changedInDraft = draftTexts ? Object.values(draftTexts).filter((f) => f.changed).map((f) => f.name) : [];
  const openable = (n) => n && (names.includes(n) || Boolean(draftTexts && draftTexts[n]));
  const first = [query('file'), changedInDraft[0], names[0]].find(openable);
  const tabs = el('nav', { className: 'file-tabs', id: 'file-tabs', 'aria-label': 'rule files' },
    unique(names.concat(draftTexts ? Object.keys(draftTexts) : [])).map((name) => el('button', {
      type: 'button', className: 'tab', 'data-file': name, onclick: () => open(name) }, name)));
  const saveButton = el('button', { type: 'button', id: 'save-file', onclick: save }, 'Save the file');
  replace(box,
    el('p', { className: 'back' },
      el('a', { href: withSample('/editions/' + encodeURIComponent(edition)), text: '← ' + edition })),
    el('h1', {}, 'Rule files of ', el('code', { text: edition })),
    readOnly ? readOnlyNote(edition) : authorBar(),
    draft ? draftNote() : null,
    el('div', { className: 'toolbar' }, readOnly ? null : await sampleSelector(),
      el('span', { className: 'muted' }, 'rules ', el('code', { id: 'rules-hash', text: shortHash(hash) }))),
    tabs,
    el('div', { className: 'editor-frame', id: 'editor' }),
    el('div', { className: 'editor-foot' }, status, readOnly ? null : saveButton),
    problemsBox, result);
  box.classList.remove('loading');
  editor = CodeMirror(byId('editor'), {
    value: '', mode: 'drl', lineNumbers: true, readOnly, indentUnit: 4, tabSize: 4,
    gutters: [GUTTER, 'CodeMirror-linenumbers'],
    extraKeys: { 'Ctrl-S': () => save(), 'Cmd-S': () => save() },
  });
  editor.on('changes', changed);
  await open(first);
  const line = Number(query('line'));
  if (line > 0) jumpTo(line);
}

function unique(names) {
  return Array.from(new Set(names));
}

function draftNote() {
  return el('section', { className: 'note', id: 'draft-note' },
    el('h2', {}, 'Draft ', el('code', { text: draft })),
    el('p', { text: 'This is an edit that was not saved. Its files are open here; saving one writes its text'
      + ' over the file as the edition holds it now.' }));
}

async function open(name) {
  if (!docs[name]) {
    const onDisk = await fileText(name);
    saved[name] = onDisk;
    const text = draftTexts && draftTexts[name] ? draftTexts[name].text : onDisk;
    docs[name] = CodeMirror.Doc(text, 'drl');
  }
  file = name;
  editor.swapDoc(docs[name]);
  document.querySelectorAll('#file-tabs .tab').forEach((tab) => {
    tab.setAttribute('aria-current', tab.dataset.file === name ? 'page' : 'false');
  });
  const url = new URL(window.location.href);
  url.searchParams.set('file', name);
  url.searchParams.delete('line');
  window.history.replaceState(null, '', url.pathname + url.search);
  refreshTabs();
  check();
}

async function fileText(name) {
  try {
    const path = '/api/editions/' + encodeURIComponent(edition) + '/files/' + encodeURIComponent(name);
    return (await api(path)).text;
  } catch (failure) {
    if (failure.status === 404) return '';
    throw failure;
  }
}

function refreshTabs() {
  document.querySelectorAll('#file-tabs .tab').forEach((tab) => {
    const name = tab.dataset.file;
    const modified = docs[name] && docs[name].getValue() !== saved[name];
    tab.classList.toggle('modified', Boolean(modified));
    tab.textContent = name + (modified ? ' •' : '');
  });
}

function changed() {
  refreshTabs();
  window.clearTimeout(checkTimer);
  status.textContent = 'Checking soon…';
  checkTimer = window.setTimeout(check, CHECK_DELAY_MS);
}

/** Compiles the edition with this text, writing nothing; a stale answer is dropped. */
async function check() {
  const mine = ++checks;
  const name = file;
  status.className = 'check-status checking';
  status.textContent = 'Checking…';
  try {
    const answer = await send('POST', '/api/editions/' + encodeURIComponent(edition) + '/validate',
      { file: name, text: editor.getValue() });
    if (mine !== checks || name !== file) return;
    showProblems(answer.problems);
  } catch (failure) {
    if (mine !== checks) return;
    status.className = 'check-status failing';
    status.textContent = 'The check failed: ' + (failure.error ? failure.error.message : failure.message);
  }
}

function showProblems(problems) {
  clearMarks();
  problems.filter((p) => p.file === file && p.line > 0).forEach(mark);
  if (problems.length === 0) {
    status.className = 'check-status compiles';
    status.textContent = 'Compiles: the edition has no problem with this text.';
    replace(problemsBox);
    return;
  }
  status.className = 'check-status failing';
  status.textContent = problems.length + ' problem' + (problems.length === 1 ? '' : 's')
    + ': the edition would not compile.';
  const list = problemList(problems, 'problem-list');
  Array.from(list.children).forEach((item, i) => {
    const problem = problems[i];
    if (problem.line > 0) {
      item.classList.add('jump');
      item.setAttribute('tabindex', '0');
      item.addEventListener('click', () => goTo(problem));
    }
  });
  replace(problemsBox, list);
}

async function goTo(problem) {
  if (problem.file && problem.file !== file) await open(problem.file);
  jumpTo(problem.line);
}

/** A gutter marker on the problem's line, and its column (or the whole line) underlined. */
function mark(problem) {
  const line = problem.line - 1;
  if (line >= editor.lineCount()) return;
  const words = (problem.rule ? 'rule "' + problem.rule + '": ' : '') + plainMessage(problem);
  editor.setGutterMarker(line, GUTTER, el('span', {
    className: 'drl-problem-marker', title: location(problem) + ' ' + words, 'data-line': problem.line, text: '●' }));
  editor.addLineClass(line, 'background', 'drl-problem-line');
  markedLines.push(line);
  const range = underline(line, problem.column);
  if (range) {
    marks.push(editor.markText(range.from, range.to, {
      className: 'drl-problem', attributes: { title: words, 'data-line': String(problem.line) } }));
  }
}

function underline(line, column) {
  const text = editor.getLine(line);
  if (column > 0 && column - 1 < text.length) {
    const word = editor.findWordAt({ line, ch: column - 1 });
    if (word.head.ch > word.anchor.ch) return { from: word.anchor, to: word.head };
    return { from: { line, ch: column - 1 }, to: { line, ch: column } };
  }
  const start = text.search(/\S/);
  return start < 0 ? null : { from: { line, ch: start }, to: { line, ch: text.length } };
}

function clearMarks() {
  editor.clearGutter(GUTTER);
  marks.forEach((m) => m.clear());
  markedLines.forEach((line) => editor.removeLineClass(line, 'background', 'drl-problem-line'));
  marks = [];
  markedLines = [];
}

function jumpTo(lineNumber) {
  const line = Math.max(0, Math.min(lineNumber - 1, editor.lineCount() - 1));
  editor.setCursor({ line, ch: 0 });
  editor.scrollIntoView({ line, ch: 0 }, 120);
  editor.focus();
}

async function save() {
  if (readOnly) return;
  const name = file;
  const text = editor.getValue();
  replace(result, el('p', { className: 'loading', text: 'Saving ' + name + '…' }));
  try {
    const path = '/api/editions/' + encodeURIComponent(edition) + '/files/' + encodeURIComponent(name);
    const answer = await send('PUT', path, editBody(hash, { text }));
    hash = answer.hash;
    saved[name] = text;
    byId('rules-hash').textContent = shortHash(hash);
    refreshTabs();
    replace(result,
      el('section', { className: 'saved', id: 'saved' },
        el('p', {}, el('strong', { text: 'Saved ' + name + '.' }), ' ',
          answer.changes && answer.changes.length > 0
            ? answer.changes.map((c) => el('span', { className: 'change' }, describeChange(c), ' '))
            : 'No item, criterion, band or policy changed.')),
      effectPanel(answer.effect));
  } catch (failure) {
    showSaveFailure(result, failure, edition, () => window.location.reload());
    const problems = failure.error && failure.error.problems ? failure.error.problems : [];
    if (problems.length > 0) showProblems(problems);
  }
}

load();
