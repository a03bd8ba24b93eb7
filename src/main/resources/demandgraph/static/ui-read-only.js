// The Fuseki UI on a read-only service: no "manage" pages (remove, backup, new dataset). The tab is
// hidden by a style QueryEditor adds; a manage address typed or linked leads back to the datasets.
(function () {
  function away() {
    if (location.hash.indexOf('#/manage') === 0) location.replace('#/');
  }
  away();
  window.addEventListener('hashchange', away);
  window.setInterval(away, 300);
})();
