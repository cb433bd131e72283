// Lantern's page. Article text, titles and URLs are hostile: everything from an analysis reaches the page
// through textContent or attributes set on elements made here, never parsed as markup.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const state = { techniques: new Map(), frames: new Map(), genres: new Map(), analysis: null, opener: null };

  // Tags used by the page, made empty and filled with text only.
  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  const percent = (score) => `${Math.round(score * 100)} %`;
  const fixed = (score) => Number(score).toFixed(2);

  function technique(label) {
    return state.techniques.get(label)
      || { label, name: label.replaceAll('_', ' '), abbreviation: '?', definition: '', example: '', cssClass: 'tx' };
  }

  async function loadTaxonomy() {
    const response = await fetch('/api/techniques', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(await problemText(response));
    const taxonomy = await response.json();
    for (const t of taxonomy.techniques) state.techniques.set(t.label, t);
    for (const f of taxonomy.frames) state.frames.set(f.label, f);
    for (const g of taxonomy.genres) state.genres.set(g.label, g);
  }

  async function problemText(response) {
    try {
      const problem = await response.json();
      if (problem && typeof problem.detail === 'string' && problem.detail) return problem.detail;
      if (problem && typeof problem.title === 'string') return problem.title;
    } catch { /* not JSON: fall through */ }
    return `the server answered HTTP ${response.status}`;
  }

  function setBusy(busy, message) {
    for (const id of ['text-submit', 'url-submit', 'file-submit']) $(id).disabled = busy;
    $('status').textContent = message || '';
  }

  function showError(message) {
    const box = $('error');
    box.textContent = message;
    box.hidden = false;
  }

  async function analyse(body, contentType, what) {
    $('error').hidden = true;
    $('error').textContent = '';
    setBusy(true, `Analysing ${what}…`);
    try {
      if (state.techniques.size === 0) await loadTaxonomy();
      const response = await fetch('/api/analyze', {
        method: 'POST',
        headers: { 'Content-Type': contentType, Accept: 'application/json' },
        body,
      });
      if (!response.ok) {
        $('result').hidden = true;
        showError(await problemText(response));
        setBusy(false, '');
        return;
      }

      const analysis = await response.json();
      render(analysis);
      setBusy(false, `Analysed: ${analysis.spans.length} technique spans in ${analysis.paragraphs.length} paragraphs.`);
      $('result').focus();
    } catch (e) {
      showError(`The analysis failed: ${e && e.message ? e.message : e}`);
      setBusy(false, '');
    }
  }

  // --- rendering -------------------------------------------------------------------------------------

  function render(analysis) {
    state.analysis = analysis;
    closePopover();
    $('result-title').textContent = analysis.title || 'Untitled article';
    renderSummary(analysis);
    renderArticleSummary(analysis);
    renderWarnings(analysis.warnings || []);
    renderCalls(analysis);
    renderLegend(analysis);
    renderArticle(analysis);
    applyVoiceFilter();
    $('result').hidden = false;
  }

  function renderSummary(analysis) {
    const summary = $('summary');
    summary.replaceChildren();
    const genre = analysis.genre;
    const genreScore = (genre.scores.find((s) => s.label === genre.label) || { score: 0 }).score;
    const genreInfo = state.genres.get(genre.label);
    addTerm(summary, 'Genre', [chip(genreInfo ? genreInfo.name : genre.label, percent(genreScore), genreInfo && genreInfo.definition, 'genre')]);
    const frames = analysis.frames.length === 0
      ? [el('span', 'none', 'none found')]
      : analysis.frames.map((f) => {
        const info = state.frames.get(f.label);
        return chip(info ? info.name : f.label, percent(f.score), info && info.definition, 'frame');
      });
    addTerm(summary, 'Frames', frames);
    addTerm(summary, 'Language', [el('span', null, `${analysis.language.code} (${percent(analysis.language.confidence)})`)]);
    addTerm(summary, 'Model', [el('span', 'model', analysis.model)]);
  }

  // The one-paragraph summary the analysis writes about itself (plain text: it quotes the article).
  function renderArticleSummary(analysis) {
    const box = $('article-summary');
    if (!box) return;
    box.textContent = typeof analysis.summary === 'string' ? analysis.summary : '';
    box.hidden = box.textContent === '';
  }

  // Who is speaking: the author, or someone quoted or reported (with the speaker when one is attributed).
  function voiceText(voice) {
    if (!voice || voice.kind === 'author') return "author's voice";
    const speech = voice.kind === 'quoted' ? 'in quoted speech' : `in ${voice.kind} speech`;
    return `${speech} — speaker: ${voice.speaker || 'not named'}`;
  }

  const isOthers = (voice) => !!voice && voice.kind !== 'author';

  const flagWords = {
    violent: 'Incitement: the author calls for violent action',
    hostile: 'Incitement: the author calls for hostile action against others',
    civic: 'The author calls for civic action',
    none: 'No call to action in the author\'s voice',
  };

  // The article-level flag (the author's own calls only, as the detector counts them) with its evidence sentences,
  // then every call found, whoever makes it. The flag is written out, so colour is never the only cue.
  function renderCalls(analysis) {
    const box = $('calls-box');
    if (!box) return;
    const report = analysis.callsToAction;
    if (!report) {
      box.hidden = true;
      return;
    }

    const flag = typeof report.flag === 'string' ? report.flag : 'none';
    const flagBox = $('calls-flag');
    flagBox.replaceChildren();
    flagBox.className = `calls-flag flag-${flag in flagWords ? flag : 'none'}${report.incitement ? ' incitement' : ''}`;
    flagBox.setAttribute('role', report.incitement ? 'alert' : 'note');
    const head = el('p', 'flag-text');
    head.append(el('span', 'flag-badge', report.incitement ? '⚠ ' + flag : flag), el('span', 'flag-words', ` ${flagWords[flag] || flag}`));
    flagBox.append(head);
    const evidence = report.evidence || [];
    if (flag !== 'none' && evidence.length > 0) {
      flagBox.append(el('p', 'flag-evidence-h', evidence.length > 1 ? 'Evidence sentences:' : 'Evidence sentence:'));
      for (const e of evidence) flagBox.append(sentenceQuote(e, 'flag-evidence'));
    }

    const calls = report.calls || [];
    const list = $('calls');
    list.replaceChildren();
    list.hidden = calls.length === 0;
    for (const call of calls) list.append(callItem(call));
    box.hidden = false;
  }

  // A call's sentence, with its offsets into the article text.
  function sentenceQuote(call, className) {
    const quote = el('blockquote', className, call.text);
    quote.dataset.start = call.start;
    quote.dataset.length = call.length;
    return quote;
  }

  function callItem(call) {
    const item = el('li', `call call-${call.class}`);
    const head = el('p', 'call-head');
    head.append(el('strong', 'call-class', call.class), el('span', 'call-voice', ` (${voiceText(call.voice)})`));
    const facts = el('dl', 'facts');
    if (call.addressee) addTerm(facts, 'Addressed to', [el('span', 'call-addressee', call.addressee)]);
    if (call.target) addTerm(facts, 'Aimed at', [el('span', 'call-target', call.target)]);
    const cues = (call.cues || []).map((c) => el('span', 'call-cue', `${c.text} (${c.role})`));
    if (cues.length > 0) addTerm(facts, 'Cue words', cues);
    addTerm(facts, 'Where', [el('span', null, `characters ${call.start}–${call.start + call.length}`)]);
    const go = el('button', 'call-go', 'Show in the article');
    go.type = 'button';
    go.addEventListener('click', () => showCallInArticle(call));
    item.append(head, sentenceQuote(call, 'call-text'), facts, go);
    return item;
  }

  function showCallInArticle(call) {
    const analysis = state.analysis;
    if (!analysis) return;
    const paragraph = analysis.paragraphs.find((p) => call.start >= p.start && call.start < p.start + p.length);
    const block = paragraph && $('article').querySelector(`.para[data-index="${Number(paragraph.index)}"]`);
    if (!block) return;
    block.tabIndex = -1;
    block.scrollIntoView({ block: 'center' });
    block.focus();
  }

  // Dims the highlights whose voice is not the one asked for; the spans stay in the text and in the legend.
  function applyVoiceFilter() {
    const checked = document.querySelector('#voice-filter input[name="voice"]:checked');
    const want = checked ? checked.value : 'all';
    const analysis = state.analysis;
    if (!analysis) return;
    for (const mark of $('article').querySelectorAll('mark.hl')) {
      const s = analysis.spans[Number(mark.dataset.span)];
      const others = isOthers(s && s.voice);
      mark.classList.toggle('voice-hidden', (want === 'author' && others) || (want === 'others' && !others));
    }
  }

  function addTerm(list, term, nodes) {
    list.append(el('dt', null, term));
    const dd = el('dd');
    dd.append(...nodes);
    list.append(dd);
  }

  function chip(name, score, definition, kind) {
    const c = el('span', `chip ${kind}`);
    c.append(el('span', 'chip-name', name), el('span', 'chip-score', score));
    if (definition) c.title = definition;
    return c;
  }

  function renderWarnings(warnings) {
    const list = $('warnings');
    list.replaceChildren(...warnings.map((w) => el('li', null, w.message)));
    list.hidden = warnings.length === 0;
  }

  function renderLegend(analysis) {
    const counts = new Map();
    for (const s of analysis.spans) counts.set(s.technique, (counts.get(s.technique) || 0) + 1);
    const legend = $('legend');
    legend.replaceChildren();
    const labels = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || a.localeCompare(b));
    if (labels.length === 0) {
      legend.append(el('li', 'none', 'No technique spans found.'));
      return;
    }

    for (const label of labels) {
      const t = technique(label);
      const item = el('li', `legend-item ${t.cssClass}`);
      item.dataset.technique = label;
      const head = el('div', 'legend-head');
      head.append(el('span', 'swatch', t.abbreviation), el('span', 'legend-name', t.name), el('span', 'legend-count', `× ${counts.get(label)}`));
      item.append(head, el('p', 'legend-definition', t.definition));
      legend.append(item);
    }
  }

  function renderArticle(analysis) {
    const container = $('article');
    container.replaceChildren();
    const text = analysis.text;
    const spans = analysis.spans.map((s, id) => ({ ...s, id, end: s.start + s.length }));
    let position = 0;
    for (const p of analysis.paragraphs) {
      if (p.start > position) container.append(renderGap(text, position, p.start, spans));
      container.append(renderParagraph(text, p, spans));
      position = p.start + p.length;
    }

    if (position < text.length) container.append(renderGap(text, position, text.length, spans));
    for (const mark of container.querySelectorAll('mark.hl')) mark.classList.add(`h${Math.min(6, nestedHeight(mark))}`);
  }

  // Text outside every paragraph (the blank lines between them) is kept so each span's pieces still join up to
  // its exact text; when it is only whitespace it is not shown.
  function renderGap(text, start, end, spans) {
    const gap = el('div', 'gap');
    if (text.slice(start, end).trim() === '') gap.classList.add('blank');
    renderRange(gap, text, start, end, spans);
    return gap;
  }

  function renderParagraph(text, paragraph, spans) {
    const block = el('div', 'para');
    block.dataset.index = paragraph.index;
    const labels = el('div', 'para-labels');
    labels.append(el('span', 'para-number', `¶ ${paragraph.index + 1}`));
    if (paragraph.techniques.length === 0) {
      labels.append(el('span', 'para-none', 'no technique'));
    }

    for (const found of paragraph.techniques) {
      const t = technique(found.label);
      const c = el('span', `para-chip ${t.cssClass}`);
      c.append(el('span', 'swatch', t.abbreviation), el('span', null, `${t.name} ${fixed(found.score)}`));
      c.title = t.definition;
      c.dataset.paragraph = paragraph.index;
      c.dataset.technique = found.label;
      c.tabIndex = 0;
      c.setAttribute('role', 'button');
      c.setAttribute('aria-haspopup', 'dialog');
      labels.append(c);
    }

    for (const call of callsIn(paragraph)) {
      labels.append(el('span', `para-call call-${call.class}`, `${call.class} call to action${isOthers(call.voice) ? ` (${voiceText(call.voice)})` : ''}`));
    }

    if (paragraph.voice && isOthers(paragraph.voice)) labels.append(el('span', 'para-voice', voiceText(paragraph.voice)));
    const body = el('p', 'para-text');
    renderRange(body, text, paragraph.start, paragraph.start + paragraph.length, spans);
    block.append(labels, body);
    return block;
  }

  function callsIn(paragraph) {
    const report = state.analysis && state.analysis.callsToAction;
    const calls = (report && report.calls) || [];
    return calls.filter((c) => c.start >= paragraph.start && c.start < paragraph.start + paragraph.length);
  }

  // Renders text[start, end) with every span that meets it as nested <mark> elements. Spans that overlap without
  // nesting are split into pieces (each piece a mark with the same data-span), so the marks always nest and the
  // text of a span's pieces, joined, is exactly the span's text.
  function renderRange(parent, text, start, end, spans) {
    const pieces = spans
      .filter((s) => s.start < end && s.end > start && s.length > 0)
      .map((s) => ({ span: s, start: Math.max(s.start, start), end: Math.min(s.end, end) }));
    const opens = new Map();
    const closes = new Map();
    const points = new Set([start, end]);
    for (const p of pieces) {
      if (!opens.has(p.start)) opens.set(p.start, []);
      opens.get(p.start).push(p);
      if (!closes.has(p.end)) closes.set(p.end, []);
      closes.get(p.end).push(p);
      points.add(p.start);
      points.add(p.end);
    }

    const sorted = [...points].sort((a, b) => a - b);
    const stack = []; // [{ piece, element }]
    const top = () => (stack.length ? stack[stack.length - 1].element : parent);

    for (let i = 0; i < sorted.length; i++) {
      const at = sorted[i];

      // Close the pieces ending here; pieces opened after them are closed too and reopened as new fragments.
      const ending = new Set(closes.get(at) || []);
      if (ending.size > 0) {
        const reopen = [];
        while (stack.length && ending.size > 0) {
          const entry = stack.pop();
          if (ending.has(entry.piece)) ending.delete(entry.piece);
          else reopen.unshift(entry.piece);
        }

        for (const piece of reopen) openMark(stack, top(), piece, false);
      }

      // Open the pieces starting here, longest first so that it is the outer one.
      const starting = (opens.get(at) || []).slice().sort((a, b) => (b.end - a.end) || (a.span.id - b.span.id));
      for (const piece of starting) openMark(stack, top(), piece, piece.start === piece.span.start);

      const next = sorted[i + 1];
      if (next !== undefined && next > at) top().append(document.createTextNode(text.slice(at, next)));
    }
  }

  function openMark(stack, parent, piece, first) {
    const s = piece.span;
    const t = technique(s.technique);
    const mark = el('mark', `hl ${t.cssClass}`);
    mark.dataset.span = s.id;
    mark.dataset.technique = s.technique;
    mark.dataset.abbr = t.abbreviation;
    mark.dataset.voice = s.voice && s.voice.kind ? s.voice.kind : 'author';
    if (first) {
      mark.classList.add('first');
      mark.tabIndex = 0;
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-haspopup', 'dialog');
      mark.setAttribute('aria-label', `${t.name} (${t.abbreviation}), score ${fixed(s.score)}, ${voiceText(s.voice)}: ${s.text}`);
    }

    parent.append(mark);
    stack.push({ piece, element: mark });
  }

  function nestedHeight(mark) {
    let height = 0;
    for (const child of mark.children) {
      if (child.matches('mark.hl')) height = Math.max(height, 1 + nestedHeight(child));
    }

    return height;
  }

  // --- popover ---------------------------------------------------------------------------------------

  function openPopover(mark) {
    const analysis = state.analysis;
    if (!analysis) return;
    const ids = [];
    for (let m = mark; m && m.matches && m.matches('mark.hl'); m = m.parentElement) {
      const id = Number(m.dataset.span);
      if (!ids.includes(id)) ids.push(id);
    }

    const body = $('popover-body');
    body.replaceChildren();
    for (const id of ids) {
      const s = analysis.spans[id];
      const t = technique(s.technique);
      const section = el('section', `popover-span ${t.cssClass}`);
      section.dataset.span = id;
      const head = el('h4');
      head.append(el('span', 'swatch', t.abbreviation), el('span', 'popover-name', t.name));
      const facts = el('dl', 'facts');
      addTerm(facts, 'Score', [el('span', 'popover-score', fixed(s.score))]);
      addTerm(facts, 'Where', [el('span', null, `characters ${s.start}–${s.start + s.length}`)]);
      addTerm(facts, 'Voice', [el('span', `popover-voice voice-${s.voice && s.voice.kind ? s.voice.kind : 'author'}`, voiceText(s.voice))]);
      section.append(head, el('p', 'popover-definition', t.definition), el('blockquote', 'popover-text', s.text), facts,
        explainBlock({ technique: s.technique, start: s.start, length: s.length }));
      body.append(section);
    }

    $('popover-h').textContent = ids.length > 1 ? `${ids.length} techniques here` : 'Technique';
    showPopoverAt(mark);
  }

  // A paragraph's technique label: its definition, score and, on demand, its cue words.
  function openParagraphPopover(chipElement) {
    const analysis = state.analysis;
    if (!analysis) return;
    const index = Number(chipElement.dataset.paragraph);
    const label = chipElement.dataset.technique;
    const paragraph = analysis.paragraphs.find((p) => p.index === index);
    const found = paragraph && paragraph.techniques.find((x) => x.label === label);
    if (!found) return;
    const t = technique(label);
    const body = $('popover-body');
    body.replaceChildren();
    const section = el('section', `popover-span popover-paragraph ${t.cssClass}`);
    const head = el('h4');
    head.append(el('span', 'swatch', t.abbreviation), el('span', 'popover-name', t.name));
    const facts = el('dl', 'facts');
    addTerm(facts, 'Score', [el('span', 'popover-score', fixed(found.score))]);
    addTerm(facts, 'Where', [el('span', null, `paragraph ${index + 1}`)]);
    section.append(head, el('p', 'popover-definition', t.definition), facts, explainBlock({ technique: label, paragraph: index }));
    body.append(section);
    $('popover-h').textContent = 'Paragraph label';
    showPopoverAt(chipElement);
  }

  // The "Explain" button and where its answer goes: explanations are asked for one finding at a time, so the
  // analysis itself stays as fast as without them.
  function explainBlock(finding) {
    const block = el('div', 'popover-why');
    const button = el('button', 'explain-button', 'Explain');
    button.type = 'button';
    const out = el('div', 'why-body');
    out.setAttribute('aria-live', 'polite');
    button.addEventListener('click', () => explain(finding, button, out));
    block.append(button, out);
    return block;
  }

  async function explain(finding, button, out) {
    const analysis = state.analysis;
    button.disabled = true;
    out.replaceChildren(el('p', 'why-status', 'Explaining… (each word is deleted in turn and the paragraph re-scored)'));
    try {
      const response = await fetch('/api/explain', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        // The language too: for an HTML page or a URL it may come from the page's declaration, which decided the models.
        body: JSON.stringify({ text: analysis.text, title: analysis.title || null, language: analysis.language ? analysis.language.code : null, ...finding }),
      });
      if (!response.ok) {
        out.replaceChildren(el('p', 'why-error', await problemText(response)));
        button.disabled = false;
        return;
      }

      const answer = await response.json();
      renderWhy(out, answer.span || answer.paragraph, answer.corpus);
      button.hidden = true;
    } catch (e) {
      out.replaceChildren(el('p', 'why-error', `The explanation failed: ${e && e.message ? e.message : e}`));
      button.disabled = false;
    }
  }

  function renderWhy(out, explanation, corpus) {
    out.replaceChildren();
    out.append(el('h5', null, 'Cue words'));
    if (explanation.cues.length === 0) {
      out.append(el('p', 'why-none', 'No single word lowers the score.'));
    } else {
      const cues = el('ol', 'cues');
      for (const c of explanation.cues) {
        const item = el('li', 'cue');
        item.append(el('span', 'cue-text', c.text), el('span', 'cue-drop', ` −${Number(c.drop).toFixed(3)}`));
        cues.append(item);
      }

      out.append(cues);
    }

    if (explanation.wordsTested !== undefined && explanation.wordsTested < explanation.words) {
      out.append(el('p', 'why-note', `${explanation.wordsTested} of the paragraph's ${explanation.words} words were tried.`));
    }

    if (explanation.definition) out.append(el('p', 'why-definition', explanation.definition));
    if (!corpus) return;
    out.append(el('h5', null, 'Similar passages in your corpus'));
    if (explanation.similar.length === 0) {
      out.append(el('p', 'why-none', 'None stored for this technique yet.'));
      return;
    }

    const list = el('ol', 'similar');
    for (const p of explanation.similar) {
      const item = el('li', 'similar-item');
      const link = el('a', 'similar-title', p.title || `Article ${p.articleId}`);
      link.href = `/corpus?article=${encodeURIComponent(p.articleId)}`;
      item.append(el('blockquote', 'similar-text', p.text), link,
        el('span', 'similar-meta', ` ${p.source ? p.source + ', ' : ''}similarity ${fixed(p.similarity)}`));
      list.append(item);
    }

    out.append(list);
  }

  function showPopoverAt(mark) {
    const popover = $('popover');
    popover.hidden = false;
    const rect = mark.getBoundingClientRect();
    const width = Math.min(420, document.documentElement.clientWidth - 16);
    const left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
    popover.style.left = `${left}px`;
    popover.style.top = `${rect.bottom + window.scrollY + 8}px`;
    popover.style.width = `${width}px`;
    state.opener = focusTarget(mark);
    popover.focus();
  }

  function closePopover() {
    const popover = $('popover');
    if (popover.hidden) return;
    popover.hidden = true;
    if (state.opener && document.contains(state.opener)) state.opener.focus();
    state.opener = null;
  }

  // The focusable piece of the span a fragment belongs to.
  function focusTarget(mark) {
    if (mark.classList.contains('first')) return mark;
    return $('article').querySelector(`mark.first[data-span="${Number(mark.dataset.span)}"]`) || mark;
  }

  // --- wiring ----------------------------------------------------------------------------------------

  function mediaTypeOf(file) {
    const name = file.name.toLowerCase();
    if (name.endsWith('.html') || name.endsWith('.htm') || file.type === 'text/html') return 'text/html';
    return 'text/plain';
  }

  document.addEventListener('DOMContentLoaded', () => {
    loadTaxonomy().catch((e) => showError(`Could not load the technique list: ${e.message}`));
    wireArticleView();

    // The Corpus page shares the article view (render, legend, popover) but has no input forms.
    if (!$('text-form')) return;

    $('text-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const text = $('text-input').value;
      if (text.trim() === '') {
        showError('Paste some text first.');
        return;
      }

      analyse(text, 'text/plain; charset=utf-8', 'the text');
    });

    $('url-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const url = $('url-input').value.trim();
      if (url === '') {
        showError('Give a URL first.');
        return;
      }

      analyse(JSON.stringify({ url }), 'application/json', 'the page');
    });

    $('file-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const file = $('file-input').files[0];
      if (!file) {
        showError('Choose a file first.');
        return;
      }

      // The file's bytes as they are: the server checks the UTF-8 and the size.
      analyse(file, mediaTypeOf(file), 'the file');
    });
  });

  function wireArticleView() {
    const article = $('article');
    article.addEventListener('click', (event) => {
      const mark = event.target.closest('mark.hl');
      if (mark) openPopover(mark);
      const label = event.target.closest('.para-chip');
      if (label) openParagraphPopover(label);
    });
    article.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const mark = event.target.closest('mark.hl');
      const label = event.target.closest('.para-chip');
      if (mark || label) event.preventDefault();
      if (mark) openPopover(mark);
      else if (label) openParagraphPopover(label);
    });

    $('popover-close').addEventListener('click', closePopover);
    const filter = $('voice-filter');
    if (filter) filter.addEventListener('change', applyVoiceFilter);

    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') closePopover();
    });
    document.addEventListener('click', (event) => {
      const popover = $('popover');
      if (!popover.hidden && !popover.contains(event.target) && !event.target.closest('mark.hl, .para-chip')) closePopover();
    });
  }

  // For the Corpus page's script: the same article view, fed from /api/articles/{id}.
  window.LanternView = Object.freeze({ render, loadTaxonomy, problemText, technique, el, state });
})();
