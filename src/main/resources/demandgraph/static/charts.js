// Draws the landing page's charts (after links.js and sparql.js): each <div class="chart-canvas" data-query="NAME"> gets the catalogue
// query /queries/NAME.rq, runs it on the SPARQL endpoint (the body's data-sparql, else /kg/sparql) and
// renders the rows with ECharts (served from the build at /assets/echarts/). When done, the div carries
// data-state="rendered" (or "empty", "error") and data-rows="N" for tests and curious readers.
(function () {
  var get = DemandSparql.get, select = DemandSparql.select, rows = DemandSparql.rows;
  var pageOf = demandgraphLinks.localPath;

  function tactics(data) {
    var sorted = data.slice().reverse(); // ECharts draws a category axis bottom-up
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: sorted.map(function (r) { return r.tacticLabel; }) },
      series: [
        { name: 'Jurisdictions with evidence', type: 'bar', data: sorted.map(function (r) { return r.jurisdictions; }) },
        { name: 'Pages printing it in the template list', type: 'bar', itemStyle: { opacity: 0.35 },
          data: sorted.map(function (r) { return r.listedBy; }) }
      ],
      links: sorted.map(function (r) { return pageOf(r.tactic); })
    };
  }

  function timeline(data) {
    var byYear = {};
    data.forEach(function (r) { byYear[r.year] = r; });
    var years = [];
    if (data.length) {
      for (var y = data[0].year; y <= data[data.length - 1].year; y++) years.push(y);
    }
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: [
        { type: 'value', name: 'operations', minInterval: 1 },
        { type: 'value', name: 'arrests', minInterval: 1 }
      ],
      series: [
        { name: 'Operations', type: 'bar', data: years.map(function (y) { return byYear[y] ? byYear[y].operations : 0; }) },
        { name: 'Arrests reported', type: 'line', yAxisIndex: 1, connectNulls: false, symbolSize: 9,
          data: years.map(function (y) { return byYear[y] && byYear[y].arrests != null ? byYear[y].arrests : null; }) }
      ]
    };
  }

  function states(data) {
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.map(function (r) { return r.state; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: 'Jurisdictions profiled', type: 'bar', data: data.map(function (r) { return r.profiled; }) },
        { name: 'With an evidenced tactic', type: 'bar', data: data.map(function (r) { return r.withEvidencedTactic; }) }
      ],
      links: data.map(function (r) { return '/jurisdiction/us/' + String(r.state).toLowerCase(); })
    };
  }

  var CHARTS = { 'chart-tactics': tactics, 'chart-timeline': timeline, 'chart-states': states };

  function message(el, state, text) {
    el.setAttribute('data-state', state);
    el.style.height = 'auto';
    var p = document.createElement('p');
    p.className = 'chart-' + state;
    p.textContent = text;
    el.appendChild(p);
  }

  function draw(el) {
    var name = el.getAttribute('data-query');
    var build = CHARTS[el.id];
    if (!name || !build) return;
    el.setAttribute('data-state', 'loading');
    get('/queries/' + encodeURIComponent(name) + '.rq')
      .then(select)
      .then(function (json) {
        var data = rows(json);
        el.setAttribute('data-rows', String(data.length));
        if (!data.length) { message(el, 'empty', 'No data yet for this chart.'); return; }
        var option = build(data);
        var links = option.links;
        delete option.links;
        var chart = echarts.init(el);
        chart.setOption(option);
        if (links) {
          chart.on('click', function (p) { if (links[p.dataIndex]) window.location.href = links[p.dataIndex]; });
        }
        window.addEventListener('resize', function () { chart.resize(); });
        el.setAttribute('data-state', 'rendered');
      })
      .catch(function (e) { message(el, 'error', 'Could not draw this chart: ' + e.message); });
  }

  if (typeof echarts === 'undefined') {
    Array.prototype.forEach.call(document.querySelectorAll('.chart-canvas'), function (el) {
      message(el, 'error', 'The charting library did not load.');
    });
    return;
  }
  Array.prototype.forEach.call(document.querySelectorAll('.chart-canvas'), draw);
})();
