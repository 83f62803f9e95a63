// The pledgegraph query page: runs the query in the form against the SPARQL endpoint and shows the answer.
// Everything is built with DOM calls and textContent: nothing from the server is ever parsed as HTML.
'use strict';

(function () {
  const form = document.getElementById('query-form');
  const query = document.getElementById('query');
  const format = document.getElementById('format');
  const status = document.getElementById('status');
  const output = document.getElementById('output');

  const PREFIXES = [
    ['http://www.w3.org/2001/XMLSchema#', 'xsd:'],
    ['http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'rdf:'],
  ];

  function say(text, isError) {
    status.textContent = text;
    status.classList.toggle('error', Boolean(isError));
  }

  function useExample(article) {
    const text = article.querySelector('.example-text');
    if (text) {
      query.value = text.textContent;
      query.focus();
      query.scrollIntoView({ block: 'nearest' });
    }
  }

  function shorten(iri) {
    for (const [ns, prefix] of PREFIXES) {
      if (iri.startsWith(ns)) {
        return prefix + iri.substring(ns.length);
      }
    }
    return '<' + iri + '>';
  }

  function termCell(term) {
    const td = document.createElement('td');
    if (!term) {
      return td;
    }
    if (term.type === 'uri') {
      if (/^https?:\/\//i.test(term.value)) {
        const a = document.createElement('a');
        a.href = term.value;
        a.textContent = term.value;
        td.append(a);
      } else {
        td.textContent = term.value;
      }
    } else if (term.type === 'bnode') {
      td.textContent = '_:' + term.value;
    } else {
      td.append(document.createTextNode(term.value));
      let meta = null;
      if (term['xml:lang']) {
        meta = '@' + term['xml:lang'];
      } else if (term.datatype && term.datatype !== 'http://www.w3.org/2001/XMLSchema#string') {
        meta = '^^' + shorten(term.datatype);
      }
      if (meta) {
        const span = document.createElement('span');
        span.className = 'meta';
        span.textContent = meta;
        td.append(span);
      }
    }
    return td;
  }

  function showText(text) {
    const pre = document.createElement('pre');
    pre.textContent = text;
    output.append(pre);
  }

  function showTable(json, ms) {
    if (typeof json.boolean === 'boolean') {
      say('ASK answered in ' + ms + ' ms');
      showText(String(json.boolean));
      return;
    }
    const vars = json.head.vars || [];
    const rows = json.results.bindings || [];
    say(rows.length + (rows.length === 1 ? ' row' : ' rows') + ' in ' + ms + ' ms');
    const table = document.createElement('table');
    const head = table.createTHead().insertRow();
    for (const v of vars) {
      const th = document.createElement('th');
      th.textContent = '?' + v;
      head.append(th);
    }
    const body = table.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      for (const v of vars) {
        tr.append(termCell(row[v]));
      }
    }
    output.append(table);
  }

  async function run() {
    const option = format.selectedOptions[0];
    say('Running…');
    output.replaceChildren();
    const started = performance.now();
    let response;
    let text;
    try {
      response = await fetch(form.action, {
        method: 'POST',
        headers: { 'Accept': option.dataset.accept, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ query: query.value }),
      });
      text = await response.text();
    } catch (e) {
      say('The server could not be reached: ' + e.message, true);
      return;
    }
    const ms = Math.round(performance.now() - started);
    const type = (response.headers.get('Content-Type') || '').split(';')[0].trim();
    if (!response.ok) {
      say('Error ' + response.status + ' after ' + ms + ' ms', true);
      showText(text);
      return;
    }
    if (option.dataset.view === 'table' && type === 'application/sparql-results+json') {
      showTable(JSON.parse(text), ms);
    } else {
      say((type || 'Answer') + ' in ' + ms + ' ms');
      showText(text);
    }
  }

  for (const button of document.querySelectorAll('.use-example')) {
    button.addEventListener('click', () => useExample(button.closest('.example')));
  }
  // A parameterised example is bound on the server (the same safe binding as the query command) and the bound
  // query loaded into the editor; without script the form shows the bound query as text.
  for (const bindForm of document.querySelectorAll('form.bind')) {
    bindForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      const values = new URLSearchParams();
      for (const [key, value] of new FormData(bindForm)) {
        if (String(value).trim() !== '') {
          values.append(key, String(value));
        }
      }
      let response;
      let text;
      try {
        response = await fetch(bindForm.getAttribute('action') + '?' + values.toString());
        text = await response.text();
      } catch (e) {
        say('The server could not be reached: ' + e.message, true);
        return;
      }
      if (!response.ok) {
        say(text.trim(), true);
        return;
      }
      query.value = text;
      say('Loaded ' + bindForm.getAttribute('action') + ' with the values given; run it with Run or Ctrl-Enter.');
      query.focus();
      query.scrollIntoView({ block: 'nearest' });
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  query.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      run();
    }
  });

  // /?example=NAME loads a library query; adding &run runs it (links from elsewhere, and the tests, use this).
  const params = new URLSearchParams(window.location.search);
  if (params.has('example')) {
    const article = document.getElementById('example-' + params.get('example'));
    if (article) {
      useExample(article);
    }
  }
  if (params.has('run')) {
    run();
  }
}());
