// Where an IRI of the dataset is served on this server. The table is the server's own (Links.java),
// put in the page as the body's data-links: [[IRI prefix, path prefix], ...], most specific first.
// Loaded before the scripts that use it (queries.js, charts.js).
var demandgraphLinks = (function () {
  var pairs = JSON.parse(document.body.getAttribute('data-links') || '[]');

  // The local path of an IRI served here, or null (an outside IRI, or the site root itself).
  function localPath(iri) {
    if (!iri) return null;
    for (var i = 0; i < pairs.length; i++) {
      if (iri.indexOf(pairs[i][0]) === 0) {
        var path = pairs[i][1] + iri.substring(pairs[i][0].length);
        return path === '/' ? null : path;
      }
    }
    return null;
  }

  // Where a link to the IRI should point: its local path, the IRI itself (http/https only), or null.
  function href(iri) {
    var local = localPath(iri);
    if (local) return local;
    return /^https?:\/\//.test(iri || '') ? iri : null;
  }

  return { localPath: localPath, href: href };
})();
