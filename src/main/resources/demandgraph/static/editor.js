// The research editor: the query catalogue as a gallery, a query box, and views chosen by a
// "#defaultView:Table|BarChart|LineChart|Timeline|Map" comment in the query (as the Wikidata Query
// Service does). The query and view live in the URL fragment (#query=...&view=...): a permanent link.
// Results come from the SPARQL endpoint as JSON; IRIs get their labels beside them and link to the
// local pages (links.js, as on every page); numbers show plainly. The Map view draws rows with coordinates
// with the pages' map (map.js, DemandMap.draw). Downloads are the endpoint's own CSV, TSV and JSON.
(function () {
  'use strict';
  var body = document.body;
  var endpoint = body.getAttribute('data-sparql');
  var VIEWS = ['Table', 'BarChart', 'LineChart', 'Timeline', 'Map'];
  var NUMERIC = /#(integer|decimal|double|float|long|int|short|nonNegativeInteger|positiveInteger)$/;
  var queryBox = document.getElementById('query');
  var viewSelect = document.getElementById('view');
  var status = document.getElementById('status');
  var results = document.getElementById('results');
  var chart = null;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function defaultView(query) {
    var m = /^\s*#\s*defaultView:\s*(\w+)/m.exec(query);
    return m && VIEWS.indexOf(m[1]) >= 0 ? m[1] : 'Table';
  }

  var localPath = demandgraphLinks.localPath;

  function endpointUrl(query, output) {
    return endpoint + '?query=' + encodeURIComponent(query) + '&output=' + output;
  }

  function setFragment(query, view) {
    var fragment = '#query=' + encodeURIComponent(query) + '&view=' + encodeURIComponent(view);
    history.replaceState(null, '', fragment);
    document.getElementById('permalink').setAttribute('href', '/editor' + fragment);
  }

  function readFragment() {
    var params = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
      var i = pair.indexOf('=');
      if (i > 0) params[pair.substring(0, i)] = decodeURIComponent(pair.substring(i + 1));
    });
    return params;
  }

  // ---- the gallery: /queries/ lists the catalogue; each file's "# Question:" says what it answers
  function question(text) {
    var lines = text.split('\n'), out = [];
    for (var i = 0; i < lines.length; i++) {
      var l = lines[i];
      if (i === 0 && l.indexOf('# Question:') === 0) { out.push(l.substring(11).trim()); continue; }
      if (out.length && /^#\s{2,}/.test(l)) { out.push(l.replace(/^#\s+/, '')); continue; }
      break;
    }
    return out.join(' ');
  }

  function loadGallery() {
    var list = document.getElementById('gallery-list');
    return fetch('/queries/').then(function (r) { return r.text(); }).then(function (names) {
      var files = names.split('\n').filter(function (n) { return n; });
      return Promise.all(files.map(function (f) {
        return fetch('/queries/' + f).then(function (r) { return r.text(); }).then(function (text) {
          return { name: f.replace(/\.rq$/, ''), text: text };
        });
      }));
    }).then(function (queries) {
      queries.forEach(function (q) {
        var li = el('li');
        var button = el('button', { type: 'button', 'data-query': q.name });
        button.appendChild(el('span', { 'class': 'question' }, question(q.text)));
        button.appendChild(el('span', { 'class': 'name' }, q.name + '.rq · ' + defaultView(q.text)));
        button.addEventListener('click', function () {
          queryBox.value = q.text;
          viewSelect.value = defaultView(q.text);
          run();
        });
        li.appendChild(button);
        list.appendChild(li);
      });
      body.setAttribute('data-gallery', String(queries.length));
    });
  }

  // ---- running a query
  function run() {
    var query = queryBox.value;
    var view = viewSelect.value;
    setFragment(query, view);
    ['csv', 'tsv', 'json'].forEach(function (f) {
      document.getElementById('download-' + f).setAttribute('href', endpointUrl(query, f));
    });
    status.textContent = 'Running…';
    results.setAttribute('data-state', 'running');
    return fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
      body: 'query=' + encodeURIComponent(query)
    }).then(function (r) {
      if (!r.ok) return r.text().then(function (t) { throw new Error('HTTP ' + r.status + ': ' + t); });
      return r.json();
    }).then(function (json) {
      if (json.boolean !== undefined) json = { head: { vars: ['answer'] }, results: { bindings: [{ answer: { type: 'literal', value: String(json.boolean) } }] } };
      return labels(json).then(function (names) { return render(json, view, names); });
    }).catch(function (e) {
      status.textContent = e.message;
      results.textContent = '';
      results.setAttribute('data-state', 'error');
    });
  }

  // Labels of the IRIs in the answer (rdfs:label, else skos:prefLabel), in one query of at most 500.
  function labels(json) {
    var iris = {};
    json.results.bindings.forEach(function (b) {
      Object.keys(b).forEach(function (v) { if (b[v].type === 'uri') iris[b[v].value] = true; });
    });
    var list = Object.keys(iris).slice(0, 500);
    if (!list.length) return Promise.resolve({});
    var q = 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n'
      + 'SELECT ?x (SAMPLE(?l) AS ?label) WHERE { VALUES ?x { ' + list.map(function (i) { return '<' + i.replace(/[<>"{}|^`\\\s]/g, '') + '>'; }).join(' ')
      + ' } { ?x rdfs:label ?l } UNION { ?x skos:prefLabel ?l } } GROUP BY ?x';
    return fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
      body: 'query=' + encodeURIComponent(q)
    }).then(function (r) { return r.ok ? r.json() : null; }).then(function (j) {
      var names = {};
      if (j) j.results.bindings.forEach(function (b) { if (b.label) names[b.x.value] = b.label.value; });
      return names;
    }).catch(function () { return {}; });
  }

  function value(term) {
    if (!term) return null;
    if (term.type === 'literal' && term.datatype && NUMERIC.test(term.datatype)) return Number(term.value);
    return term.value;
  }

  function render(json, view, names) {
    if (chart) { chart.dispose(); chart = null; }
    results.textContent = '';
    var vars = json.head.vars, rows = json.results.bindings;
    status.textContent = rows.length + (rows.length === 1 ? ' row' : ' rows');
    var drawn = false;
    if (view === 'BarChart' || view === 'LineChart') drawn = drawSeries(vars, rows, names, view === 'BarChart' ? 'bar' : 'line');
    else if (view === 'Timeline') drawn = drawTimeline(vars, rows, names);
    else if (view === 'Map') return drawMap(vars, rows, names).then(function (m) { finish(m, view, vars, rows, names); });
    finish(drawn, view, vars, rows, names);
  }

  function finish(drawn, view, vars, rows, names) {
    if (!drawn) table(vars, rows, names);
    results.setAttribute('data-view', drawn ? view : 'Table');
    results.setAttribute('data-rows', String(rows.length));
    results.setAttribute('data-state', 'rendered');
  }

  function cell(term, names) {
    var td = el('td');
    if (!term) return td;
    if (term.type === 'uri') {
      var path = localPath(term.value);
      var label = names[term.value];
      var a = el('a', { href: path || term.value, 'class': path ? 'local' : 'external' }, label || term.value);
      td.appendChild(a);
      if (label) td.appendChild(el('span', { 'class': 'iri' }, path || term.value));
    } else {
      td.textContent = term.value;
      if (term.datatype && NUMERIC.test(term.datatype)) td.className = 'num';
    }
    return td;
  }

  function table(vars, rows, names) {
    var t = el('table', { 'class': 'results' });
    var head = el('tr');
    vars.forEach(function (v) { head.appendChild(el('th', {}, v)); });
    t.appendChild(el('thead')).appendChild(head);
    var tbody = el('tbody');
    rows.forEach(function (b) {
      var tr = el('tr');
      vars.forEach(function (v) { tr.appendChild(cell(b[v], names)); });
      tbody.appendChild(tr);
    });
    t.appendChild(tbody);
    results.appendChild(t);
  }

  // Category: the first column that is not a number (its label when it is an IRI); series: the numbers.
  function drawSeries(vars, rows, names, type) {
    if (!rows.length || typeof echarts === 'undefined') return false;
    var numeric = vars.filter(function (v) { return rows.some(function (b) { return typeof value(b[v]) === 'number'; }); });
    var category = vars.filter(function (v) { return numeric.indexOf(v) < 0 && !/Label$/.test(v); })[0] || vars[0];
    var labelVar = vars.indexOf(category + 'Label') >= 0 ? category + 'Label' : null;
    var series = numeric.filter(function (v) { return v !== category; });
    if (!series.length) return false;
    var cats = rows.map(function (b) {
      var t = b[category];
      if (labelVar && b[labelVar]) return b[labelVar].value;
      return t ? (t.type === 'uri' ? names[t.value] || t.value : t.value) : '';
    });
    var div = el('div', { 'class': 'chart-canvas', id: 'chart' });
    results.appendChild(div);
    chart = echarts.init(div);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: cats, axisLabel: { rotate: cats.length > 12 ? 60 : 0 } },
      yAxis: { type: 'value' },
      series: series.map(function (v) {
        return { name: v, type: type, connectNulls: false, data: rows.map(function (b) { return value(b[v]); }) };
      })
    });
    return true;
  }

  var DATE = /^(\d{4})(-(\d{2}))?(-(\d{2}))?$/;

  // A point per row on a time axis: the first column holding dates (2014, 2014-02, 2014-02-14, or
  // "since 1978"), its height the first number column (else 1), its name the row's label.
  function drawTimeline(vars, rows, names) {
    if (!rows.length || typeof echarts === 'undefined') return false;
    function date(t) {
      if (!t) return null;
      var m = DATE.exec(t.value.replace(/^since /, ''));
      return m ? Date.UTC(+m[1], m[3] ? +m[3] - 1 : 0, m[5] ? +m[5] : 1) : null;
    }
    var dateVar = vars.filter(function (v) { return rows.some(function (b) { return date(b[v]) !== null; }); })[0];
    if (!dateVar) return false;
    var numberVar = vars.filter(function (v) { return v !== dateVar && rows.some(function (b) { return typeof value(b[v]) === 'number'; }); })[0];
    var nameVar = vars.filter(function (v) { return /Label$/.test(v); })[0];
    var points = [];
    rows.forEach(function (b) {
      var d = date(b[dateVar]);
      if (d === null) return;
      var n = numberVar ? value(b[numberVar]) : null;
      points.push({ value: [d, typeof n === 'number' ? n : 0], name: nameVar && b[nameVar] ? b[nameVar].value : b[dateVar].value });
    });
    var div = el('div', { 'class': 'chart-canvas', id: 'chart' });
    results.appendChild(div);
    chart = echarts.init(div);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', formatter: function (p) { return p.name + ' · ' + b2s(p.value); } },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', name: numberVar || '' },
      series: [{ type: 'scatter', name: dateVar, data: points, symbolSize: 8 }]
    });
    function b2s(v) { return new Date(v[0]).toISOString().substring(0, 10) + (numberVar ? ', ' + numberVar + ' ' + v[1] : ''); }
    return true;
  }

  // ---- the map: latitude and longitude columns (?lat with ?long, ?lon or ?lng; or ?latitude with
  // ?longitude), else a column of WKT points (geo:asWKT, "POINT(long lat)"). A point per row with
  // coordinates, labelled and linked by the row's first IRI, sized by its first other number column;
  // the rows without coordinates are counted in the status line.
  var WKT = /^\s*(<[^>]*>\s*)?POINT\s*\(/i;

  function drawMap(vars, rows, names) {
    function find(re) { return vars.filter(function (v) { return re.test(v); })[0]; }
    var lat = find(/^lat(itude)?$/i), long = find(/^(long|lon|lng|longitude)$/i);
    var wkt = lat && long ? null : vars.filter(function (v) {
      return rows.some(function (b) { return b[v] && b[v].type === 'literal' && WKT.test(b[v].value); });
    })[0];
    if (!(lat && long) && !wkt) {
      status.textContent += ' · no latitude/longitude or WKT point column to map: shown as a table';
      return Promise.resolve(false);
    }
    var link = vars.filter(function (v) { return rows.some(function (b) { return b[v] && b[v].type === 'uri'; }); })[0];
    var labelVar = link && vars.indexOf(link + 'Label') >= 0 ? link + 'Label' : find(/label$/i);
    var stateVar = vars.filter(function (v) { return rows.every(function (b) { return !b[v] || /^[A-Za-z]{2}$/.test(b[v].value); }); })
      .filter(function (v) { return /state/i.test(v); })[0];
    var KEYS = ['lat', 'long', 'wkt', 'label', 'place', 'state'];
    var sizeVar = vars.filter(function (v) {
      return v !== lat && v !== long && KEYS.indexOf(v) < 0 && rows.some(function (b) { return typeof value(b[v]) === 'number'; });
    })[0];
    var points = rows.map(function (b) {
      var iri = link && b[link] ? b[link].value : null;
      var point = {
        lat: lat && b[lat] ? b[lat].value : null, long: long && b[long] ? b[long].value : null,
        wkt: wkt && b[wkt] ? b[wkt].value : null,
        label: labelVar && b[labelVar] ? b[labelVar].value : (iri && names[iri]) || iri,
        place: iri, state: stateVar && b[stateVar] ? b[stateVar].value : null
      };
      if (sizeVar) point[sizeVar] = value(b[sizeVar]);
      return point;
    });
    var div = el('div', { 'class': 'chart-canvas', id: 'chart' });
    results.appendChild(div);
    return DemandMap.draw(div, points, { size: sizeVar }).then(function (map) {
      if (!map) { results.removeChild(div); status.textContent += ' · no row has coordinates: shown as a table'; return false; }
      chart = map;
      var missing = rows.length - Number(div.getAttribute('data-points'));
      if (missing) status.textContent += ' · ' + missing + (missing === 1 ? ' row' : ' rows') + ' without coordinates not drawn';
      return true;
    });
  }

  document.getElementById('run').addEventListener('click', run);
  viewSelect.addEventListener('change', run);

  var start = readFragment();
  loadGallery().then(function () {
    if (start.query) {
      queryBox.value = start.query;
      viewSelect.value = VIEWS.indexOf(start.view) >= 0 ? start.view : defaultView(start.query);
      run();
    }
  });
  if (!start.query) {
    queryBox.value = '#defaultView:Table\nPREFIX dg: <https://w3id.org/demandgraph/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n\n'
      + 'SELECT ?jurisdiction ?population WHERE {\n  ?jurisdiction dg:population ?population\n}\nORDER BY DESC(?population)\nLIMIT 25\n';
  }
}());
