// Runs the landing page's example queries against the SPARQL endpoint and shows the rows as a table.
// Values are inserted with textContent only; IRIs of the dataset link to their page on this server.
(function () {
  var body = document.body;
  var href = demandgraphLinks.href;

  function cell(binding) {
    var td = document.createElement('td');
    if (!binding) return td;
    var link = binding.type === 'uri' ? href(binding.value) : null;
    if (link) {
      var a = document.createElement('a');
      a.href = link;
      a.textContent = binding.value;
      td.appendChild(a);
    } else {
      td.textContent = binding.value;
    }
    return td;
  }

  function render(target, json) {
    var vars = json.head.vars;
    var table = document.createElement('table');
    table.className = 'result-table';
    var tr = document.createElement('tr');
    vars.forEach(function (v) { var th = document.createElement('th'); th.textContent = v; tr.appendChild(th); });
    var thead = document.createElement('thead');
    thead.appendChild(tr);
    table.appendChild(thead);
    var tbody = document.createElement('tbody');
    json.results.bindings.forEach(function (row) {
      var r = document.createElement('tr');
      r.className = 'result-row';
      vars.forEach(function (v) { r.appendChild(cell(row[v])); });
      tbody.appendChild(r);
    });
    table.appendChild(tbody);
    var note = document.createElement('p');
    note.className = 'result-count';
    note.textContent = json.results.bindings.length + ' rows';
    target.replaceChildren(note, table);
  }

  document.querySelectorAll('form.example').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var target = form.querySelector('.results');
      var query = form.querySelector('input[name=query]').value;
      target.textContent = 'Running…';
      fetch(form.getAttribute('action') + '?query=' + encodeURIComponent(query),
            { headers: { 'Accept': 'application/sparql-results+json' } })
        .then(function (resp) {
          if (!resp.ok) return resp.text().then(function (t) { throw new Error(resp.status + ' ' + t); });
          return resp.json();
        })
        .then(function (json) { render(target, json); })
        .catch(function (err) {
          var p = document.createElement('p');
          p.className = 'error';
          p.textContent = 'Query failed: ' + err.message;
          target.replaceChildren(p);
        });
    });
  });
})();
