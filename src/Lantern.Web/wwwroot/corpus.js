// The Corpus page: search the stored articles and open one in the article view of app.js (window.LanternView).
// Titles, snippets and sources are hostile: they reach the page as text nodes only, never parsed as markup.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const view = window.LanternView;
  const el = view.el;
  const state = { page: 1, pageSize: 20, params: null };

  function showError(message) {
    const box = $('error');
    box.textContent = message;
    box.hidden = false;
  }

  function clearError() {
    $('error').hidden = true;
    $('error').textContent = '';
  }

  function fillSelect(select, items) {
    for (const item of items) {
      const option = el('option', null, item.name || item.label);
      option.value = item.label;
      select.append(option);
    }
  }

  // The store's snippets mark matched words between ** markers: odd pieces are matches, drawn as <mark> with text only.
  function snippetNodes(snippet) {
    return snippet.split('**').map((piece, i) => (i % 2 === 1 ? el('mark', 'match', piece) : document.createTextNode(piece)));
  }

  // "all" is the API's default voice, so it is left out of the query.
  function formParams() {
    const params = new URLSearchParams();
    for (const name of ['q', 'technique', 'frame', 'genre', 'source', 'lang', 'from', 'to', 'voice']) {
      const input = document.querySelector(`#search-form [name="${name}"]`);
      const value = input ? input.value.trim() : '';
      if (value && !(name === 'voice' && value === 'all')) params.set(name, value);
    }
    return params;
  }

  const voiceNames = { all: 'every voice', author: "the author's own words", quoted: 'quoted or reported speech' };

  async function search(page) {
    clearError();
    const params = new URLSearchParams(state.params);
    params.set('page', String(page));
    params.set('pageSize', String(state.pageSize));
    $('status').textContent = 'Searching…';
    try {
      const response = await fetch(`/api/articles?${params}`, { headers: { Accept: 'application/json' } });
      if (!response.ok) {
        $('status').textContent = '';
        showError(await view.problemText(response));
        return;
      }

      const result = await response.json();
      state.page = result.page;
      renderHits(result);
      $('status').textContent = `${result.hits.length} results on page ${result.page}.`;
    } catch (e) {
      $('status').textContent = '';
      showError(`The search failed: ${e && e.message ? e.message : e}`);
    }
  }

  function renderHits(result) {
    const list = $('hits');
    list.replaceChildren();
    for (const hit of result.hits) {
      const item = el('li', 'hit');
      const open = el('button', 'hit-title', hit.title || 'Untitled article');
      open.type = 'button';
      open.dataset.article = String(hit.articleId);
      const meta = el('p', 'hit-meta', [hit.source || 'unknown source', hit.published ? hit.published.slice(0, 10) : 'undated'].join(' · '));
      const snippet = el('p', 'hit-snippet');
      snippet.append(...snippetNodes(hit.snippet || ''));
      const techniques = el('ul', 'hit-techniques');
      for (const t of hit.techniques) {
        const info = view.technique(t.technique);
        techniques.append(el('li', `chip ${info.cssClass || ''}`, `${info.name} × ${t.spans}`));
      }
      item.append(open, meta, snippet, techniques);
      list.append(item);
    }

    const start = (result.page - 1) * result.pageSize;
    $('hits-summary').textContent = result.hits.length === 0
      ? `No article has all of the words “${result.query}”.`
      : `Results ${start + 1}–${start + result.hits.length} for “${result.query}”${result.more ? ' (more on the next page)' : ''}; spans counted: ${voiceNames[result.voice] || result.voice}.`;
    $('prev-page').disabled = result.page <= 1;
    $('next-page').disabled = !result.more;
    $('hits-box').hidden = false;
  }

  async function openArticle(id) {
    clearError();
    $('status').textContent = 'Opening the article…';
    try {
      const response = await fetch(`/api/articles/${encodeURIComponent(id)}`, { headers: { Accept: 'application/json' } });
      if (!response.ok) {
        $('status').textContent = '';
        showError(await view.problemText(response));
        return;
      }

      const article = await response.json();
      if (!article.analysis) {
        $('status').textContent = 'This article is stored but not analysed yet (it waits in the queue).';
        return;
      }

      if (view.state.techniques.size === 0) await view.loadTaxonomy();
      view.render(article.analysis);
      $('status').textContent = `${article.source || 'unknown source'}: ${article.analysis.spans.length} technique spans.`;
      $('result').focus();
    } catch (e) {
      $('status').textContent = '';
      showError(`Could not open the article: ${e && e.message ? e.message : e}`);
    }
  }

  document.addEventListener('DOMContentLoaded', async () => {
    try {
      await view.loadTaxonomy();
      fillSelect($('f-technique'), [...view.state.techniques.values()]);
      fillSelect($('f-frame'), [...view.state.frames.values()]);
      fillSelect($('f-genre'), [...view.state.genres.values()]);
    } catch (e) {
      showError(`Could not load the technique list: ${e.message}`);
    }

    $('search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      if ($('q').value.trim() === '') {
        showError('Give at least one word to search for.');
        return;
      }

      state.params = formParams();
      search(1);
    });
    $('prev-page').addEventListener('click', () => search(Math.max(1, state.page - 1)));
    $('next-page').addEventListener('click', () => search(state.page + 1));
    $('hits').addEventListener('click', (event) => {
      const button = event.target.closest('button.hit-title');
      if (button) openArticle(button.dataset.article);
    });

    // A shared link (?q=...) searches at once.
    const initial = new URLSearchParams(window.location.search);
    if (initial.get('q')) {
      $('q').value = initial.get('q');
      state.params = formParams();
      search(1);
    }

    // A similar passage's link from an explanation (?article=ID) opens that article.
    if (/^[0-9]+$/.test(initial.get('article') || '')) openArticle(initial.get('article'));
  });
})();
