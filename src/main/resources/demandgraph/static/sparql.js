// Shared by the pages' scripts (charts.js, map.js; after links.js): fetch a text, run a SELECT on the
// SPARQL endpoint (the body's data-sparql, else /kg/sparql), turn SPARQL JSON results into plain rows, and
// the local page of a data IRI (links.js). Exposed as window.DemandSparql.
(function () {
  var body = document.body;
  var endpoint = body.getAttribute('data-sparql') || '/kg/sparql';

  function get(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
      return r.text();
    });
  }

  function getJson(url) {
    return get(url).then(JSON.parse);
  }

  function select(query) {
    return fetch(endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'Accept': 'application/sparql-results+json'
      },
      body: 'query=' + encodeURIComponent(query)
    }).then(function (r) {
      if (!r.ok) throw new Error(endpoint + ': HTTP ' + r.status);
      return r.json();
    });
  }

  // SPARQL JSON results → [{var: value}], numbers for numeric literals.
  function rows(json) {
    return json.results.bindings.map(function (b) {
      var row = {};
      json.head.vars.forEach(function (v) {
        var t = b[v];
        if (!t) { row[v] = null; return; }
        var numeric = t.datatype && /#(integer|decimal|double|float|long|int|nonNegativeInteger)$/.test(t.datatype);
        row[v] = numeric ? Number(t.value) : t.value;
      });
      return row;
    });
  }

  window.DemandSparql = { get: get, getJson: getJson, select: select, rows: rows, pageOf: demandgraphLinks.localPath };
})();
