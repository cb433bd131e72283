// The Dashboard: technique rates over time, by source and by technique, drawn here as SVG from /api/stats, and two
// sources side by side from /api/compare. Labels from the corpus (source names) are set as text only.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';
  const techniques = new Map();

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function svg(tag, attributes, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes || {})) e.setAttribute(name, String(value));
    if (text !== undefined) e.textContent = String(text);
    return e;
  }

  const fixed = (n) => Number(n).toFixed(2);
  const info = (label) => techniques.get(label) || { label, name: label.replaceAll('_', ' '), cssClass: 'tx' };

  function showError(message) {
    $('error').textContent = message;
    $('error').hidden = false;
  }

  async function problemText(response) {
    try {
      const problem = await response.json();
      if (problem && typeof problem.detail === 'string' && problem.detail) return problem.detail;
    } catch { /* not JSON */ }
    return `the server answered HTTP ${response.status}`;
  }

  async function getJson(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(await problemText(response));
    return response.json();
  }

  // "all" is the API's default voice, so it is left out of the query.
  function filterParams() {
    const params = new URLSearchParams();
    for (const name of ['technique', 'frame', 'genre', 'source', 'lang', 'from', 'to', 'voice']) {
      const input = document.querySelector(`#dash-form [name="${name}"]`);
      const value = input ? input.value.trim() : '';
      if (value && !(name === 'voice' && value === 'all')) params.set(name, value);
    }
    return params;
  }

  const voiceNames = { all: 'every voice', author: "the author's own words", quoted: 'quoted or reported speech' };

  // The call-to-action counts of each source (every row of a group carries the group's counts) and their total.
  function drawFlags(rows) {
    const groups = new Map();
    for (const r of rows) if (!groups.has(r.group)) groups.set(r.group, r);
    const names = [...groups.keys()].sort((a, b) => String(a).localeCompare(String(b)));
    const columns = ['articles', 'articlesCivic', 'articlesHostile', 'articlesViolent', 'articlesFlagUnknown'];
    const flags = ['articles', 'civic', 'hostile', 'violent', 'unknown'];
    const total = columns.map(() => 0);
    const line = (label, values, cell) => {
      const row = el('tr');
      const head = el(cell, null, label);
      if (cell === 'th') head.scope = 'row';
      row.append(head);
      values.forEach((v, i) => {
        const td = el('td', 'num', v);
        td.dataset.flag = flags[i];
        row.append(td);
      });
      return row;
    };
    $('flags-body').replaceChildren(...names.map((name) => {
      const values = columns.map((c) => Number(groups.get(name)[c] || 0));
      values.forEach((v, i) => { total[i] += v; });
      return line(name || '(none)', values, 'th');
    }));
    const totalRow = line('All sources', total, 'th');
    totalRow.className = 'total';
    $('flags-total').replaceChildren(totalRow);
    $('flags-table').hidden = names.length === 0;
  }

  function stats(by, params) {
    const p = new URLSearchParams(params);
    p.set('by', by);
    return getJson(`/api/stats?${p}`);
  }

  function empty(box, message) {
    box.replaceChildren(el('p', 'none', message));
    box.dataset.points = '0';
  }

  // A line per technique over the periods; each point carries a <title> with its value for pointer and screen readers.
  function drawTime(rows) {
    const box = $('time-chart');
    const legend = $('time-legend');
    legend.replaceChildren();
    const periods = [...new Set(rows.map((r) => r.group).filter((g) => g))].sort();
    if (periods.length === 0) {
      empty(box, 'No dated analysed articles match.');
      return;
    }

    const totals = new Map();
    for (const r of rows) totals.set(r.technique, (totals.get(r.technique) || 0) + r.spans);
    const top = [...totals.keys()].sort((a, b) => totals.get(b) - totals.get(a) || a.localeCompare(b)).slice(0, 5);
    const value = new Map(rows.map((r) => [`${r.group}\u0000${r.technique}`, r.perThousandWords]));
    const max = Math.max(0.001, ...rows.filter((r) => top.includes(r.technique)).map((r) => r.perThousandWords));
    const [w, h, left, bottom, top0] = [720, 260, 48, 40, 12];
    const x = (i) => left + (periods.length === 1 ? (w - left) / 2 : (i * (w - left - 16)) / (periods.length - 1));
    const y = (v) => top0 + (h - top0 - bottom) * (1 - v / max);
    const chart = svg('svg', { viewBox: `0 0 ${w} ${h}`, role: 'img', 'aria-labelledby': 'time-caption', class: 'chart-svg' });
    chart.append(svg('line', { x1: left, y1: y(0), x2: w, y2: y(0), class: 'axis' }));
    chart.append(svg('text', { x: left - 6, y: y(max) + 4, class: 'tick end' }, fixed(max)));
    chart.append(svg('text', { x: left - 6, y: y(0) + 4, class: 'tick end' }, '0'));
    const step = Math.max(1, Math.ceil(periods.length / 8));
    periods.forEach((p, i) => {
      if (i % step === 0) chart.append(svg('text', { x: x(i), y: h - bottom + 18, class: 'tick middle' }, p));
    });
    let points = 0;
    for (const t of top) {
      const css = info(t).cssClass;
      const coords = periods.map((p, i) => [x(i), y(value.get(`${p}\u0000${t}`) || 0)]);
      chart.append(svg('polyline', { points: coords.map((c) => c.join(',')).join(' '), class: `series ${css}`, 'data-technique': t }));
      periods.forEach((p, i) => {
        const dot = svg('circle', { cx: coords[i][0], cy: coords[i][1], r: 3, class: `dot ${css}`, 'data-technique': t });
        dot.append(svg('title', {}, `${info(t).name}, ${p}: ${fixed(value.get(`${p}\u0000${t}`) || 0)} per 1,000 words`));
        chart.append(dot);
        points++;
      });
      const item = el('li', `chart-key ${css}`);
      item.append(el('span', 'swatch'), document.createTextNode(info(t).name));
      legend.append(item);
    }
    box.replaceChildren(chart);
    box.dataset.points = String(points);
  }

  // Horizontal bars: one per group, its length the value; the label and the value are SVG text.
  function drawBars(box, captionId, bars, cssOf) {
    if (bars.length === 0) {
      empty(box, 'No analysed articles match.');
      return;
    }

    const max = Math.max(0.001, ...bars.map((b) => b.value));
    const [w, row, labelWidth] = [720, 22, 230];
    const chart = svg('svg', { viewBox: `0 0 ${w} ${bars.length * row + 8}`, role: 'img', 'aria-labelledby': captionId, class: 'chart-svg' });
    bars.forEach((b, i) => {
      const y = 4 + i * row;
      chart.append(svg('text', { x: labelWidth - 8, y: y + 15, class: 'tick end' }, b.label));
      const bar = svg('rect', { x: labelWidth, y: y + 3, width: Math.max(1, ((w - labelWidth - 60) * b.value) / max), height: row - 6, class: `bar ${cssOf(b)}`, 'data-value': b.value });
      bar.append(svg('title', {}, `${b.label}: ${fixed(b.value)} per 1,000 words`));
      chart.append(bar);
      chart.append(svg('text', { x: labelWidth + ((w - labelWidth - 60) * b.value) / max + 6, y: y + 15, class: 'tick' }, fixed(b.value)));
    });
    box.replaceChildren(chart);
    box.dataset.points = String(bars.length);
  }

  // Rows of one group share its articles and words; its rate over all techniques is the sum of the techniques' spans.
  function perGroup(rows) {
    const groups = new Map();
    for (const r of rows) {
      const g = groups.get(r.group) || { label: r.group || '(none)', spans: 0, words: r.words };
      g.spans += r.spans;
      groups.set(r.group, g);
    }
    return [...groups.values()].map((g) => ({ label: g.label, value: g.words ? (g.spans * 1000) / g.words : 0 }))
      .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  }

  async function draw() {
    $('error').hidden = true;
    $('status').textContent = 'Drawing…';
    const params = filterParams();
    const period = $('f-period').value || 'month';
    try {
      const [time, sources, byTechnique] = await Promise.all([stats(period, params), stats('source', params), stats('technique', params)]);
      drawTime(time.rows);
      drawBars($('source-chart'), 'source-caption', perGroup(sources.rows), () => 'tsource');
      drawBars($('technique-chart'), 'technique-caption',
        byTechnique.rows.filter((r) => r.spans > 0).map((r) => ({ label: info(r.technique).name, technique: r.technique, value: r.perThousandWords }))
          .sort((a, b) => b.value - a.value),
        (b) => info(b.technique).cssClass);
      fillSources(sources.rows);
      drawFlags(sources.rows);
      $('voice-note').textContent = `Spans counted: ${voiceNames[sources.voice] || sources.voice}.`;
      $('status').textContent = `Drawn from ${new Set(sources.rows.map((r) => r.group)).size} sources.`;
    } catch (e) {
      $('status').textContent = '';
      showError(`Could not draw the charts: ${e && e.message ? e.message : e}`);
    }
  }

  function fillSources(rows) {
    const names = [...new Set(rows.map((r) => r.group).filter((g) => g))].sort();
    for (const [id, pick] of [['cmp-a', 0], ['cmp-b', 1]]) {
      const select = $(id);
      const keep = select.value;
      select.replaceChildren(...names.map((n) => {
        const option = el('option', null, n);
        option.value = n;
        return option;
      }));
      select.value = names.includes(keep) ? keep : (names[Math.min(pick, names.length - 1)] || '');
    }
  }

  async function compare() {
    $('error').hidden = true;
    const a = $('cmp-a').value;
    const b = $('cmp-b').value;
    if (!a || !b) {
      showError('Pick two sources first.');
      return;
    }

    $('compare-summary').textContent = 'Comparing…';
    try {
      // The same articles as the charts: the filters (less source, which a and b replace) and the voice.
      const params = filterParams();
      params.delete('source');
      params.set('a', a);
      params.set('b', b);
      const result = await getJson(`/api/compare?${params}`);
      $('cmp-a-h').textContent = `A: ${result.a.source}`;
      $('cmp-b-h').textContent = `B: ${result.b.source}`;
      const body = $('compare-body');
      body.replaceChildren(...result.techniques.map((d) => {
        const row = el('tr', d.isClear ? 'clear' : null);
        const name = el('th', null, info(d.technique).name);
        name.scope = 'row';
        row.append(name, el('td', 'num', fixed(d.rateA)), el('td', 'num', fixed(d.rateB)), el('td', 'num', fixed(d.rateDifference)),
          el('td', 'num', `${fixed(d.rateLow)} to ${fixed(d.rateHigh)}`), el('td', null, d.isClear ? (d.rateDifference > 0 ? 'more in A' : 'more in B') : 'not clear'));
        return row;
      }));
      $('compare-table').hidden = false;
      $('compare-summary').textContent =
        `A = ${result.a.source}: ${result.a.articles} articles, ${result.a.words} words; B = ${result.b.source}: ${result.b.articles} articles, ${result.b.words} words.`;
    } catch (e) {
      $('compare-summary').textContent = '';
      showError(`Could not compare: ${e && e.message ? e.message : e}`);
    }
  }

  document.addEventListener('DOMContentLoaded', async () => {
    try {
      const taxonomy = await getJson('/api/techniques');
      for (const t of taxonomy.techniques) techniques.set(t.label, t);
      for (const [id, items] of [['f-technique', taxonomy.techniques], ['f-frame', taxonomy.frames], ['f-genre', taxonomy.genres]]) {
        for (const item of items) {
          const option = el('option', null, item.name || item.label);
          option.value = item.label;
          $(id).append(option);
        }
      }
    } catch (e) {
      showError(`Could not load the technique list: ${e.message}`);
    }

    $('dash-form').addEventListener('submit', (event) => {
      event.preventDefault();
      draw();
    });
    $('compare-form').addEventListener('submit', (event) => {
      event.preventDefault();
      compare();
    });
    await draw();
  });
})();
