// Maps drawn offline with the bundled ECharts (after sparql.js) from the bundled gazetteer outlines
// (/assets/gazetteer/states.geojson, /assets/gazetteer/counties/{st}.geojson; Census, public domain) and
// the places' coordinates in the graph (geo:lat / geo:long, from GeoNames, CC BY 4.0).
//
// Pages: each <div class="map-canvas" data-map="national|state|tactic" data-iri="IRI"> is drawn from live
// SPARQL queries. national: states shaded by how many profiled places have an evidenced tactic, places as
// points sized by their operations. state (data-iri a state or a place in it): the state's counties shaded
// by profiled places in them, its places as points. tactic (data-iri the tactic): states shaded by places
// evidencing it, those places as points sized by the operations applying it. Clicking a point (or a shaded
// state) opens its page. When done the div carries data-status="rendered" (or "empty", "error") and
// data-points="N".
//
// Other scripts (the research editor's Map view): DemandMap.draw(element, rows, options) draws any rows
// with coordinates on the national map; rows are SPARQL JSON results or plain objects; options name the
// columns: lat ('lat'), long ('long'), or wkt ('wkt', "POINT(long lat)"); label ('label'); link (an IRI
// column whose page a click opens, 'place'); size (a number column, optional); state (USPS code column,
// to place Alaska, Hawaii and Puerto Rico in their insets; optional, guessed from the position otherwise).
// It answers a Promise of the ECharts instance.
(function () {
  var select = DemandSparql.select, rows = DemandSparql.rows, pageOf = DemandSparql.pageOf;
  var PREFIXES = 'PREFIX dg: <https://w3id.org/demandgraph/ontology#>\n'
    + 'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n'
    + 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n'
    + 'PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n'
    + 'PREFIX schema: <https://schema.org/>\n'
    + 'PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>\n';
  var IRI = /^[^<>"{}|^`\\\s]+$/;
  var loaded = {};

  function outlines(file) {
    if (!loaded[file]) {
      loaded[file] = DemandSparql.getJson('/assets/gazetteer/' + file).then(function (geo) {
        var names = {}, fipsOf = {};
        // features are registered under their FIPS code; names are kept for the tooltips
        geo.features.forEach(function (f) {
          names[f.id] = f.properties.name;
          fipsOf[f.properties.usps] = f.id;
          f.properties.name = f.id;
        });
        echarts.registerMap(file, geo);
        return { map: file, names: names, fipsOf: fipsOf, insets: geo.insets || {} };
      });
    }
    return loaded[file];
  }

  // Alaska, Hawaii, Puerto Rico and the Virgin Islands are drawn in insets: move their points the same way.
  function inset(insets, usps, lon, lat) {
    var t = usps && insets[usps];
    if (!t) return [lon, lat];
    if (usps === 'AK' && lon > 0) lon -= 360;
    return [(lon - t[0]) * t[2] + t[4], (lat - t[1]) * t[3] + t[5]];
  }

  function guessState(lon, lat) {
    if (lat > 50 || lon > 0) return 'AK';
    if (lon < -150 && lat < 25) return 'HI';
    if (lon > -68 && lon < -64 && lat < 19) return 'PR';
    return null;
  }

  function size(n, max) {
    return n > 0 ? 7 + 18 * Math.sqrt(n / Math.max(max, 1)) : 6;
  }

  // Counts for people: "1,234".
  function count(n) {
    return (isNaN(n) ? 0 : Number(n || 0)).toLocaleString('en-US');
  }

  function option(geo, areas, points, areaLabel, pointLabel) {
    var maxArea = Math.max.apply(null, [1].concat(areas.map(function (a) { return a.value; })));
    var maxPoint = Math.max.apply(null, [1].concat(points.map(function (p) { return p.value[2] || 0; })));
    return {
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          if (p.seriesType === 'scatter') return echarts.format.encodeHTML(p.name) + (pointLabel ? '<br>' + pointLabel + ': ' + count(p.value[2]) : '');
          var name = geo.names[p.name] || p.name;
          return echarts.format.encodeHTML(name) + (areaLabel ? '<br>' + areaLabel + ': ' + count(p.value) : '');
        }
      },
      // the legend of the shaded areas: none when nothing is shaded (the editor's Map view draws points only)
      visualMap: { show: areas.length > 0, min: 0, max: maxArea, seriesIndex: 0, left: 8, bottom: 8, itemHeight: 80, text: [count(maxArea), '0'],
        inRange: { color: ['#edf3f8', '#2b6a99'] }, calculable: false },
      geo: { map: geo.map, roam: true, scaleLimit: { min: 1, max: 12 },
        itemStyle: { areaColor: '#f4f4f4', borderColor: '#9aa5b1', borderWidth: 0.6 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffe8b0' } } },
      series: [
        { type: 'map', geoIndex: 0, data: areas },
        { type: 'scatter', coordinateSystem: 'geo', data: points, zlevel: 1,
          symbolSize: function (v) { return size(v[2] || 0, maxPoint); },
          itemStyle: { color: '#d9480f', borderColor: '#fff', borderWidth: 1, opacity: 0.9 },
          emphasis: { itemStyle: { color: '#a61e4d' } } }
      ]
    };
  }

  function render(el, geo, areas, points, labels) {
    var existing = echarts.getInstanceByDom(el);
    if (existing) existing.dispose();
    var chart = echarts.init(el);
    chart.setOption(option(geo, areas, points, labels.area, labels.point));
    chart.on('click', function (p) {
      var url = p.data && p.data.url;
      if (url) window.location.href = url;
    });
    window.addEventListener('resize', function () { chart.resize(); });
    el.setAttribute('data-points', String(points.length));
    el.setAttribute('data-status', 'rendered');
    return chart;
  }

  function message(el, status, text) {
    el.setAttribute('data-status', status);
    el.style.height = 'auto';
    var p = document.createElement('p');
    p.className = 'map-' + status;
    p.textContent = text;
    el.appendChild(p);
  }

  function pointsOf(data, geo, inInsets) {
    return data.map(function (r) {
      var xy = inInsets ? inset(geo.insets, r.state, r.long, r.lat) : [r.long, r.lat];
      return { name: r.label, value: [xy[0], xy[1], r.size || 0], url: pageOf(r.place) };
    });
  }

  function statesShaded(data, geo) {
    return data.map(function (r) {
      return { name: geo.fipsOf[r.state], value: r.n, url: '/jurisdiction/us/' + String(r.state).toLowerCase() };
    });
  }

  // The queries read each profile's own named graph (GRAPH ?g), where the place, its state, its
  // coordinates, county and operations all are: one small match per graph instead of joins over the union.

  // Points: ?place ?label ?lat ?long ?state ?size; `where` narrows the places, `sizeWhere` the operations.
  function pointQuery(where, sizeWhere, inState) {
    var s = inState ? '<' + inState + '>' : '?s';
    return PREFIXES + 'SELECT ?place ?label ?lat ?long ?state (COUNT(DISTINCT ?op) AS ?size) WHERE { GRAPH ?g {\n'
      + where + '  ?place geo:lat ?lat ; geo:long ?long ; rdfs:label ?label ; dg:inState ' + s + ' .\n'
      + '  ' + s + ' skos:notation ?state .\n'
      + '  OPTIONAL { ?op a dg:Operation ; dg:jurisdiction ?place . ' + (sizeWhere || '') + '}\n'
      + '} } GROUP BY ?place ?label ?lat ?long ?state ORDER BY ?label';
  }

  // States (USPS code) with the number of profiled places ?j matching `where`.
  function stateQuery(where) {
    return PREFIXES + 'SELECT ?state (COUNT(DISTINCT ?j) AS ?n) WHERE { GRAPH ?g {\n'
      + '  ?doc foaf:primaryTopic ?j . ' + where + ' ?j dg:inState ?s . ?s skos:notation ?state .\n'
      + '} } GROUP BY ?state';
  }

  function national(el) {
    return Promise.all([outlines('states.geojson'),
      select(stateQuery('?j dg:usesTactic ?any .')).then(rows),
      select(pointQuery('')).then(rows)])
      .then(function (r) {
        return render(el, r[0], statesShaded(r[1], r[0]), pointsOf(r[2], r[0], true),
          { area: 'profiled places with an evidenced tactic', point: 'operations' });
      });
  }

  function tactic(el, iri) {
    var uses = '?j dg:usesTactic <' + iri + '> .';
    return Promise.all([outlines('states.geojson'),
      select(stateQuery(uses)).then(rows),
      select(pointQuery('  ?place dg:usesTactic <' + iri + '> .\n', '?op dg:tactic <' + iri + '> .')).then(rows)])
      .then(function (r) {
        return render(el, r[0], statesShaded(r[1], r[0]), pointsOf(r[2], r[0], true),
          { area: 'profiled places with evidence of it', point: 'operations applying it' });
      });
  }

  function state(el, iri) {
    var m = /\/jurisdiction\/us\/([a-z]{2})(\/|$)/.exec(iri);
    if (!m) return Promise.reject(new Error('not a state or a place in one: ' + iri));
    var st = m[1], stateIri = iri.substring(0, m.index) + '/jurisdiction/us/' + st;
    var counties = PREFIXES + 'SELECT ?fips (COUNT(DISTINCT ?j) AS ?n) WHERE { GRAPH ?g {\n'
      + '  ?doc foaf:primaryTopic ?j . ?j dg:inState <' + stateIri + '> .\n'
      + '  { ?j schema:containedInPlace ?c . ?c dg:fips ?fips } UNION { ?j a dg:County ; dg:fips ?fips }\n'
      + '} } GROUP BY ?fips';
    return Promise.all([outlines('counties/' + st + '.geojson'),
      select(counties).then(rows),
      select(pointQuery('', '', stateIri)).then(rows)])
      .then(function (r) {
        var areas = r[1].map(function (c) { return { name: c.fips, value: c.n }; });
        return render(el, r[0], areas, pointsOf(r[2], r[0], false),
          { area: 'profiled places', point: 'operations' });
      });
  }

  function draw(el, data, options) {
    var o = options || {};
    var list = data && data.results ? rows(data) : data;
    var points = [];
    return outlines('states.geojson').then(function (geo) {
      list.forEach(function (r) {
        var lon = r[o.long || 'long'], lat = r[o.lat || 'lat'];
        var wkt = r[o.wkt || 'wkt'];
        if ((lon == null || lat == null) && typeof wkt === 'string') {
          var p = /POINT\s*\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)/i.exec(wkt);
          if (p) { lon = p[1]; lat = p[2]; }
        }
        // an absent or empty value is no coordinate (Number(null) and Number('') would be 0)
        if (lon == null || lat == null || lon === '' || lat === '') return;
        lon = Number(lon); lat = Number(lat);
        if (isNaN(lon) || isNaN(lat)) return;
        var usps = r[o.state || 'state'] || guessState(lon, lat);
        var xy = inset(geo.insets, usps ? String(usps).toUpperCase() : null, lon, lat);
        var link = r[o.link || 'place'];
        points.push({ name: String(r[o.label || 'label'] || link || ''), value: [xy[0], xy[1], o.size ? Number(r[o.size]) || 0 : 0],
          url: link ? pageOf(String(link)) : null });
      });
      if (!points.length) { message(el, 'empty', 'No row has coordinates.'); return null; }
      return render(el, geo, [], points, { area: null, point: o.size || null });
    });
  }

  window.DemandMap = { draw: draw, national: national, state: state, tactic: tactic };

  var KINDS = { national: national, state: state, tactic: tactic };
  Array.prototype.forEach.call(document.querySelectorAll('.map-canvas[data-map]'), function (el) {
    var kind = KINDS[el.getAttribute('data-map')];
    var iri = el.getAttribute('data-iri') || '';
    if (typeof echarts === 'undefined') { message(el, 'error', 'The charting library did not load.'); return; }
    if (!kind || (kind !== national && !IRI.test(iri))) { message(el, 'error', 'Nothing to map here.'); return; }
    el.setAttribute('data-status', 'loading');
    kind(el, iri).then(function (chart) {
      if (chart && el.getAttribute('data-points') === '0' && kind !== state) message(el, 'empty', 'No place with coordinates yet.');
    }).catch(function (e) { message(el, 'error', 'Could not draw this map: ' + e.message); });
  });
})();
