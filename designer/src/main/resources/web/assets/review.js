// The reviewer's page: run regression suites under editions, read each failing case's
// differences and the coverage, lint the editions, and approve intended changes.

import {
  api, byId, el, fourDecimals, levelBadge, location, markNavigation, query, replace, shortHash, showError,
  statusBadge,
} from './designer.js';
import { send, storedAuthor } from './authoring.js';

markNavigation('review');

const form = byId('choose');
const suitesBox = byId('suites');
const editionsBox = byId('editions');
const lintSample = byId('lint-sample');
const results = byId('results');
const lintBox = byId('lint');

async function load() {
  const [suites, editions, samples] = await Promise.all([
    api('/api/suites'), api('/api/editions'), api('/api/samples')]);
  const chosenSuites = queryAll('suite');
  replace(suitesBox, el('legend', { text: 'Suites' }), suites.suites.map((s) => checkbox('suite', s.name,
    s.name + ' (' + s.cases + ')', chosenSuites.length === 0 || chosenSuites.includes(s.name))));
  if (suites.suites.length === 0) {
    suitesBox.appendChild(el('p', { className: 'muted', text: 'No suites in the samples folder\'s suites/.' }));
  }
  const chosenEditions = queryAll('edition');
  replace(editionsBox, el('legend', { text: 'Editions' }),
    editions.editions.map((e) => checkbox('edition', e.id, editionLabel(e), chosenEditions.includes(e.id))),
    el('p', { className: 'muted small', text: 'None chosen: each suite runs under the editions it has'
      + ' expectations for.' }));
  replace(lintSample, el('option', { value: '', text: 'no sample' }),
    samples.samples.map((s) => el('option', { value: s.path, text: s.path })));
  lintSample.value = query('sample') || '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    runChosen();
  });
  if (chosenSuites.length > 0 || chosenEditions.length > 0) runChosen();
  else replace(results, el('p', { className: 'muted', text: 'Choose suites and editions, then run.' }));
}

function queryAll(name) {
  return new URLSearchParams(window.location.search).getAll(name);
}

function editionLabel(edition) {
  return edition.compiles ? edition.title + ' (' + edition.id + ')' : edition.id + ' (does not compile)';
}

function checkbox(name, value, label, checked) {
  return el('label', { className: 'check' },
    el('input', { type: 'checkbox', name, value, checked: checked ? 'checked' : null }), label);
}

function checked(name) {
  return Array.from(form.querySelectorAll('input[name="' + name + '"]:checked')).map((i) => i.value);
}

async function runChosen() {
  const suites = checked('suite');
  const editions = checked('edition');
  remember(suites, editions, lintSample.value);
  replace(results, el('p', { className: 'loading', text: 'Running ' + suites.length + ' suite(s)…' }));
  replace(lintBox);
  const answers = await Promise.all(suites.map((suite) => runSuite(suite, editions)));
  const runs = answers.flatMap((a) => a.runs || []);
  replace(results, summary(runs), answers.map(suiteSection));
  const linted = editions.length > 0 ? editions : Array.from(new Set(runs.map((r) => r.edition)));
  lintAll(linted, lintSample.value);
}

function remember(suites, editions, sample) {
  const params = new URLSearchParams();
  suites.forEach((s) => params.append('suite', s));
  editions.forEach((e) => params.append('edition', e));
  if (sample) params.set('sample', sample);
  window.history.replaceState(null, '', '/review?' + params.toString());
}

/** One suite's runs, or the failure that stopped them. */
async function runSuite(suite, editions) {
  try {
    return await api(runPath(suite, editions));
  } catch (failure) {
    return { suite, failure };
  }
}

function runPath(suite, editions) {
  const params = new URLSearchParams();
  editions.forEach((e) => params.append('edition', e));
  const text = params.toString();
  return '/api/suites/' + encodeURIComponent(suite) + '/runs' + (text ? '?' + text : '');
}

function summary(runs) {
  if (runs.length === 0) return null;
  return el('section', { id: 'summary' },
    el('h2', { text: 'Summary' }),
    el('table', { className: 'data summary-table' },
      el('thead', {}, el('tr', {}, ['suite', 'edition', 'result', 'cases', 'passed', 'failed', 'approved by',
        'approved at', 'message'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, runs.map(summaryRow))));
}

function summaryRow(run) {
  const approved = run.approved || {};
  return el('tr', { 'data-suite': run.suite, 'data-edition': run.edition },
    el('td', {}, el('a', { href: '#' + runId(run), text: run.suite })),
    el('td', { text: run.editionTitle + ' (' + run.edition + ')' }),
    el('td', {}, resultBadge(run.passed)),
    el('td', { className: 'num', text: run.counts.cases }),
    el('td', { className: 'num passed-count', text: run.counts.passed }),
    el('td', { className: 'num failed-count', text: run.counts.failed }),
    el('td', { text: approved.by || (run.approvedRulesHash ? 'not named' : 'not approved yet') }),
    el('td', { text: approved.at || '' }),
    el('td', { text: approved.message || '' }));
}

function suiteSection(answer) {
  const section = el('section', { className: 'suite-runs', 'data-suite': answer.suite },
    el('h2', { text: 'Suite ' + answer.suite }));
  if (answer.failure) {
    const box = el('div');
    showError(box, answer.failure);
    section.appendChild(box);
  } else if (answer.runs.length === 0) {
    section.appendChild(el('p', { className: 'note', text: 'This suite has no expectations yet. Choose an edition'
      + ' to run it under, review the cases, and approve them to record expectations.' }));
  } else {
    answer.runs.forEach((run) => section.appendChild(runArticle(run)));
  }
  return section;
}

function runId(run) {
  return 'run-' + run.suite + '-' + run.edition;
}

function runArticle(run, committed) {
  const failing = run.cases.filter((c) => !c.passed);
  const passing = run.cases.filter((c) => c.passed);
  return el('article', { className: 'run', id: runId(run), 'data-suite': run.suite, 'data-edition': run.edition },
    el('h3', {}, resultBadge(run.passed), ' ', run.suite + ' under ' + run.editionTitle + ' ',
      el('code', { text: run.edition }), ' ', statusBadge(run.status)),
    el('p', { className: 'counts' }, el('strong', { text: run.counts.passed + ' passed' }), ', ',
      el('strong', { className: failing.length > 0 ? 'failed' : '', text: run.counts.failed + ' failed' }),
      ' of ' + run.counts.cases + ' cases'),
    approvalLine(run),
    committed || null,
    failing.map(caseDetails),
    passing.length > 0 ? el('p', { className: 'passing muted' }, 'Passed: ',
      passing.map((c) => c.name).join(', ')) : null,
    coveragePanel(run.coverage),
    approveForm(run));
}

function approvalLine(run) {
  const lines = [];
  if (run.approved) {
    lines.push(el('p', { className: 'approved' }, 'Approved by ', el('strong', { text: run.approved.by }),
      ' at ' + run.approved.at + ': ', el('q', { text: run.approved.message })));
  } else if (!run.approvedRulesHash) {
    lines.push(el('p', { className: 'approved muted', text: 'No expectations for this edition yet.' }));
  }
  if (run.rulesChanged) {
    lines.push(el('p', { className: 'rules-changed' }, 'The rules changed since the approval: ',
      el('code', { title: run.approvedRulesHash, text: shortHash(run.approvedRulesHash) }), ' approved, ',
      el('code', { title: run.rulesHash, text: shortHash(run.rulesHash) }), ' now.'));
  }
  return lines;
}

function caseDetails(result) {
  return el('details', { className: 'case', open: 'open', 'data-city': result.city },
    el('summary', {}, resultBadge(false), ' ', el('strong', { text: result.name }), ' ',
      el('code', { text: result.city }), ' · ' + result.differences.length + ' difference(s)'),
    figuresTable(result.expected, result.actual),
    differencesTable(result.differences));
}

function figuresTable(expected, actual) {
  if (!expected && !actual) return null;
  return el('table', { className: 'data figures-table' },
    el('thead', {}, el('tr', {}, ['', 'value', 'level', 'rank'].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, figuresRow('expected', expected), figuresRow('actual', actual)));
}

function figuresRow(label, figures) {
  const head = el('th', { scope: 'row', text: label });
  if (!figures) return el('tr', {}, head, el('td', { colspan: 3, className: 'muted', text: 'none recorded' }));
  if (figures.notAssessed) {
    const reason = figures.reason ? ': ' + figures.reason : '';
    return el('tr', {}, head, el('td', { colspan: 3, text: 'not assessed' + reason }));
  }
  return el('tr', {}, head,
    el('td', { className: 'num', title: figures.value === undefined ? 'not checked' : String(figures.value),
      text: figures.value === undefined ? 'not checked' : fourDecimals(figures.value) }),
    el('td', {}, figures.level ? levelBadge(figures.level) : el('span', { className: 'muted', text: 'not checked' })),
    el('td', { className: 'num', text: figures.rank === undefined ? 'not checked' : figures.rank }));
}

function differencesTable(differences) {
  return el('table', { className: 'data differences' },
    el('thead', {}, el('tr', {}, ['what differs', 'expected', 'actual', 'item under this edition',
      'decided by', 'why'].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, differences.map((d) => el('tr', { 'data-field': d.field },
      el('td', {}, el('code', { text: d.field })),
      el('td', { text: d.expected }),
      el('td', { className: 'actual', text: d.actual }),
      el('td', {}, d.item ? itemCell(d.item) : null),
      el('td', {}, d.item ? ruleCell(d.item) : null),
      el('td', { className: 'note-cell', text: d.note || '' })))));
}

function itemCell(item) {
  return [outcomeBadge(item.outcome), ' weight ' + item.weight,
    item.wording ? el('div', { className: 'muted small', text: item.wording }) : null];
}

function ruleCell(item) {
  return [el('span', { className: 'rule-name', text: item.rule }),
    item.file ? el('div', {}, el('code', { text: item.file + (item.line ? ':' + item.line : '') })) : null,
    item.policy ? el('div', { className: 'muted small', text: item.policy }) : null];
}

function outcomeBadge(outcome) {
  return el('span', { className: 'badge outcome-' + outcome, text: String(outcome).replace('_', ' ') });
}

function resultBadge(passed) {
  return el('span', { className: 'badge ' + (passed ? 'pass' : 'fail'), text: passed ? 'PASS' : 'FAIL' });
}

function coveragePanel(coverage) {
  return el('section', { className: 'coverage' },
    el('h4', { text: 'Coverage: ' + coverage.items + ' items over ' + coverage.cases + ' cases' }),
    el('div', { className: 'coverage-lists' },
      codeList('never-met', 'Never met', 'no case shows the item can be met', coverage.neverMet),
      codeList('never-missed', 'Never missed', 'no case shows its rule can say no', coverage.neverMissed),
      codeList('never-answered', 'Never answered', 'no case answers it at all', coverage.neverAnswered)));
}

function codeList(className, title, hint, codes) {
  return el('div', { className: 'code-list ' + className },
    el('h5', { title: hint, text: title + ' (' + codes.length + ')' }),
    codes.length === 0 ? el('p', { className: 'muted small', text: 'none' })
      : el('ul', {}, codes.map((code) => el('li', {}, el('code', { text: code })))));
}

function approveForm(run) {
  if (run.passed && !run.rulesChanged && run.approvedRulesHash) {
    return el('p', { className: 'muted nothing-to-approve', text: 'Nothing to approve: every case passes under the'
      + ' rules approved.' });
  }
  const who = storedAuthor() || {};
  const by = el('input', { name: 'by', required: 'required', autocomplete: 'name', placeholder: 'your name',
    value: who.name || null, 'aria-label': 'approved by' });
  const email = el('input', { name: 'email', type: 'email', autocomplete: 'email', placeholder: 'e-mail (optional)',
    value: who.email || null, 'aria-label': 'e-mail' });
  const message = el('input', { name: 'message', required: 'required', className: 'message',
    placeholder: 'why these results are right', 'aria-label': 'message' });
  const status = el('div', { className: 'approve-status', role: 'status' });
  const approve = el('form', { className: 'inline approve' },
    el('span', { className: 'approve-title', text: 'Approve these results as the expectations' }),
    by, email, message, el('button', { type: 'submit', text: 'Approve' }), status);
  approve.addEventListener('submit', async (event) => {
    event.preventDefault();
    await submitApproval(run, { edition: run.edition, by: by.value, email: email.value, message: message.value },
      approve, status);
  });
  return approve;
}

async function submitApproval(run, body, approve, status) {
  approve.querySelector('button').disabled = true;
  replace(status, el('span', { className: 'loading', text: 'Approving…' }));
  try {
    const made = await send('POST', '/api/suites/' + encodeURIComponent(run.suite) + '/approvals', body);
    const again = (await api(runPath(run.suite, [run.edition]))).runs[0];
    byId(runId(run)).replaceWith(runArticle(again, committedNote(made)));
    document.querySelectorAll('#summary tbody tr').forEach((row) => {
      if (row.dataset.suite === run.suite && row.dataset.edition === run.edition) row.replaceWith(summaryRow(again));
    });
  } catch (failure) {
    showError(status, failure);
    approve.querySelector('button').disabled = false;
  }
}

function committedNote(made) {
  return el('section', { className: 'saved committed', role: 'status' },
    el('p', {}, 'Approved and committed ', el('code', { className: 'commit', title: made.commit,
      text: made.commit.substring(0, 12) }), ' by ', el('strong', { text: made.approved.by }), ': ',
    el('q', { text: made.approved.message })),
    el('p', { className: 'muted' }, made.cases + ' cases recorded in ', el('code', { text: made.file }),
      made.changed.length > 0 ? '; changed: ' + made.changed.join(', ') : ''));
}

async function lintAll(editions, sample) {
  if (editions.length === 0) return;
  replace(lintBox, el('h2', { text: 'Lint' }), editions.map((id) => {
    const box = el('section', { className: 'lint', id: 'lint-' + id, 'data-edition': id },
      el('p', { className: 'loading', text: 'Linting ' + id + '…' }));
    lint(id, sample, box);
    return box;
  }));
}

async function lint(edition, sample, box) {
  const path = '/api/editions/' + encodeURIComponent(edition) + '/lint'
    + (sample ? '?sample=' + encodeURIComponent(sample) : '');
  try {
    showLint(await api(path), box);
  } catch (failure) {
    showError(box, failure);
  }
}

function showLint(report, box) {
  const count = (severity) => report.findings.filter((f) => f.severity === severity).length;
  replace(box,
    el('h3', { text: report.edition }),
    el('p', { className: 'lint-summary' },
      el('strong', { className: report.compiles ? 'compiles' : 'failed',
        text: report.compiles ? 'compiles' : 'does not compile' }),
      ' · ' + report.items + ' items in ' + report.criteria + ' criteria, ' + report.bands + ' bands · '
      + count('ERROR') + ' errors, ' + count('WARNING') + ' warnings, ' + count('INFO') + ' notes'),
    report.findings.length === 0 ? el('p', { className: 'muted', text: 'No findings.' }) : findingsTable(report));
}

function findingsTable(report) {
  return el('table', { className: 'data findings' },
    el('thead', {}, el('tr', {}, ['severity', 'where', 'rule', 'item', 'check', 'message']
      .map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, report.findings.map((f) => el('tr', { 'data-check': f.check },
      el('td', {}, severityBadge(f.severity)),
      el('td', {}, el('code', { text: location(f) })),
      el('td', { text: f.rule || '' }),
      el('td', { text: f.item || '' }),
      el('td', {}, el('code', { text: f.check })),
      el('td', { text: f.message })))));
}

function severityBadge(severity) {
  const word = String(severity).toLowerCase();
  return el('span', { className: 'badge severity-' + word, text: word });
}

load().catch((failure) => showError(results, failure));
