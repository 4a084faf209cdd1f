// Forking an edition: a new folder with status beta, based on this one, which stays as it is.

import { api, byId, el, markNavigation, replace, segment, showError, statusBadge } from './designer.js';
import { authorBar, send, storedAuthor, withSample } from './authoring.js';

markNavigation('editions');

const from = segment(1);
const box = byId('fork');

async function load() {
  try {
    const edition = await api('/api/editions/' + encodeURIComponent(from));
    render(edition);
  } catch (failure) {
    box.classList.remove('loading');
    replace(box, el('h1', {}, 'Fork ', el('code', { text: from })));
    const errorBox = el('div');
    box.appendChild(errorBox);
    showError(errorBox, failure);
  }
}

function render(edition) {
  document.title = 'Fork ' + edition.title + ' · LOSI designer';
  const id = el('input', { id: 'fork-id', name: 'id', required: true, pattern: '[A-Za-z0-9][A-Za-z0-9._-]*',
    value: suggestedId(edition.id) });
  const title = el('input', { id: 'fork-title', name: 'title', value: edition.title + ' beta' });
  const outcome = el('div', { id: 'fork-outcome' });
  const form = el('form', { id: 'fork-form', className: 'item-form' },
    el('fieldset', {}, el('legend', { text: 'The new edition' }),
      el('label', { className: 'field' }, el('span', { text: 'Id: the folder under rules/' }), id),
      el('label', { className: 'field' }, el('span', { text: 'Title' }), title)),
    el('p', { className: 'actions' }, el('button', { type: 'submit', id: 'fork-submit', text: 'Fork' })));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const forked = await send('POST', '/api/editions/' + encodeURIComponent(from) + '/fork',
        { id: id.value.trim(), title: title.value.trim(), author: storedAuthor() || { name: 'anonymous author' } });
      window.location.assign(withSample('/editions/' + encodeURIComponent(forked.id)));
    } catch (failure) {
      showError(outcome, failure);
    }
  });
  replace(box,
    el('p', { className: 'back' },
      el('a', { href: withSample('/editions/' + encodeURIComponent(from)), text: '← ' + from })),
    el('h1', {}, 'Fork ', edition.title, ' ', statusBadge(edition.status)),
    el('p', { className: 'lead', text: 'A fork copies every rule file of this edition into a new edition with'
      + ' status beta, which records that it is based on ' + edition.id + '. This edition stays exactly as it is.' }),
    authorBar(), form, outcome);
  box.classList.remove('loading');
}

function suggestedId(id) {
  return id.replace(/-beta$/, '') + '-beta';
}

load();
