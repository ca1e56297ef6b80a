// The dialogue browser of viewer.html: renders the embedded JSON with textContent only (no
// markup from the data can reach the page) and filters by intent, outcome, validator and text.
(function () {
  const data = JSON.parse(document.getElementById('run-data').textContent);
  const list = document.getElementById('dialogues');
  const byId = (id) => document.getElementById(id);

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function fill(select, values) {
    for (const v of values) {
      const option = el('option', null, v);
      option.value = v;
      select.appendChild(option);
    }
  }

  function headline(d) {
    if (d.outcome === 'failed') return (d.reasons[0] || '').slice(0, 120);
    const queries = d.turns.filter((t) => t.role === 'user');
    const first = queries.length ? ' — ' + queries[0].content.slice(0, 90) : '';
    return queries.length + ' user turns' + first;
  }

  function verdictText(v) {
    const score = v.score !== null && v.score !== undefined ? ' (score ' + v.score + ')' : '';
    const reason = v.reason ? ' — ' + v.reason : '';
    return v.validator + ': ' + (v.passed ? 'passed' : 'rejected') + score + reason;
  }

  function render(d) {
    const box = el('details', 'dialogue');
    box.dataset.id = d.id;
    box.dataset.intent = d.intent;
    box.dataset.outcome = d.outcome;
    const summary = el('summary');
    summary.appendChild(el('span', 'badge ' + d.outcome, d.outcome));
    summary.appendChild(el('span', 'title', d.intent + ' · ' + (d.flow || '') + ' · ' + headline(d)));
    box.appendChild(summary);
    box.appendChild(el('div', 'meta', 'id ' + d.id + (d.scenario ? ' · scenario: ' + d.scenario : '')));
    if (d.flow_steps.length) box.appendChild(el('div', 'meta', 'flow steps: ' + d.flow_steps.join(' → ')));
    for (const t of d.turns) {
      const turn = el('div', 'turn ' + t.role);
      const who = el('span', 'who', t.role);
      if (t.step) who.appendChild(el('span', 'step', ' · step: ' + t.step));
      turn.appendChild(who);
      turn.appendChild(document.createTextNode(t.content));
      box.appendChild(turn);
    }
    const scores = Object.entries(d.scores);
    if (scores.length) {
      box.appendChild(el('div', 'meta scores', 'scores: ' + scores.map(([k, v]) => k + ' ' + v).join(', ')));
    }
    if (d.verdicts.length) {
      const ul = el('ul', 'verdicts');
      for (const v of d.verdicts) ul.appendChild(el('li', v.passed ? '' : 'reason', verdictText(v)));
      box.appendChild(ul);
    } else if (d.reasons.length) {
      const ul = el('ul', 'reasons');
      for (const r of d.reasons) ul.appendChild(el('li', 'reason', r));
      box.appendChild(ul);
    }
    for (const raw of d.raw_outputs || []) box.appendChild(el('div', 'raw', raw));
    return box;
  }

  function apply() {
    const intent = byId('filter-intent').value;
    const outcome = byId('filter-outcome').value;
    const validator = byId('filter-validator').value;
    const text = byId('filter-text').value.toLowerCase();
    let shown = 0;
    data.dialogues.forEach((d, i) => {
      const ok = (!intent || d.intent === intent) && (!outcome || d.outcome === outcome) &&
        (!validator || d.rejected_by.includes(validator)) &&
        (!text || JSON.stringify(d).toLowerCase().includes(text));
      nodes[i].hidden = !ok;
      if (ok) shown++;
    });
    byId('count').textContent = shown + ' of ' + data.dialogues.length + ' dialogues';
  }

  fill(byId('filter-intent'), data.intents);
  fill(byId('filter-validator'), data.validators);
  const nodes = data.dialogues.map(render);
  for (const n of nodes) list.appendChild(n);
  for (const id of ['filter-intent', 'filter-outcome', 'filter-validator']) {
    byId(id).addEventListener('change', apply);
  }
  byId('filter-text').addEventListener('input', apply);
  apply();
})();
