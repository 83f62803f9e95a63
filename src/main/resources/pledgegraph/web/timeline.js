// pledgegraph timeline: filters by organization and event type, and draws "extends", "contradicts" and
// "responds to" between the events the page shows. No libraries; the page works without this script too.
// The filters can be set in the address, so a filtered timeline can be shared:
// /timeline?actor=https://w3id.org/pledgegraph/organization/ibm&type=Pledge&type=Contract
(function () {
  'use strict';
  var chart = document.getElementById('chart');
  if (!chart) { return; }
  var svg = chart.querySelector('svg.links');
  var actorSelect = document.getElementById('filter-actor');
  var typeBoxes = Array.prototype.slice.call(document.querySelectorAll('input[name="type"]'));
  var events = Array.prototype.slice.call(chart.querySelectorAll('[data-event-iri]'));
  var rows = Array.prototype.slice.call(chart.querySelectorAll('.row[data-row]'));
  var byIri = {};
  events.forEach(function (el) { byIri[el.getAttribute('data-event-iri')] = el; });
  var SVG = 'http://www.w3.org/2000/svg';
  var KINDS = ['extends', 'contradicts', 'responds-to'];

  function words(attr) {
    var v = attr || '';
    return v ? v.split(' ') : [];
  }

  function apply() {
    var actor = actorSelect ? actorSelect.value : '';
    var types = {};
    typeBoxes.forEach(function (b) { if (b.checked) { types[b.value] = true; } });
    events.forEach(function (el) {
      var show = types[el.getAttribute('data-type')] === true
        && (!actor || words(el.getAttribute('data-actors')).indexOf(actor) >= 0);
      el.hidden = !show;
    });
    rows.forEach(function (row) {
      row.hidden = !row.querySelector('[data-event-iri]:not([hidden])');
    });
    draw();
  }

  function draw() {
    while (svg.lastChild && svg.lastChild.nodeName.toLowerCase() !== 'defs') { svg.removeChild(svg.lastChild); }
    var box = chart.getBoundingClientRect();
    svg.setAttribute('width', String(Math.round(box.width)));
    svg.setAttribute('height', String(Math.round(box.height)));
    KINDS.forEach(function (kind) {
      events.forEach(function (from) {
        if (from.hidden) { return; }
        words(from.getAttribute('data-' + kind)).forEach(function (iri) {
          var to = byIri[iri];
          if (!to || to.hidden) { return; }
          var a = from.querySelector('.mark').getBoundingClientRect();
          var b = to.querySelector('.mark').getBoundingClientRect();
          var ax = a.left - box.left;
          var ay = a.top + a.height / 2 - box.top;
          var bx = Math.min(Math.max(ax, b.left - box.left + 3), b.right - box.left - 3);
          var by = b.top + b.height / 2 - box.top;
          var cx, cy;
          if (Math.abs(ax - bx) < 12) {
            cx = ax - 36;
            cy = (ay + by) / 2;
          } else {
            cx = (ax + bx) / 2;
            cy = Math.min(ay, by) - 28;
          }
          var path = document.createElementNS(SVG, 'path');
          path.setAttribute('d', 'M' + ax + ',' + ay + ' Q' + cx + ',' + cy + ' ' + bx + ',' + by);
          path.setAttribute('class', 'rel-' + kind);
          path.setAttribute('marker-end', 'url(#arrow-' + kind + ')');
          svg.appendChild(path);
        });
      });
    });
  }

  function fromAddress() {
    var params = new URLSearchParams(window.location.search);
    var actor = params.get('actor');
    if (actorSelect && actor) {
      Array.prototype.forEach.call(actorSelect.options, function (o) {
        if (o.value === actor) { actorSelect.value = actor; }
      });
    }
    var types = params.getAll('type');
    if (types.length > 0) {
      typeBoxes.forEach(function (b) { b.checked = types.indexOf(b.value) >= 0; });
    }
  }

  function toAddress() {
    var params = new URLSearchParams();
    if (actorSelect && actorSelect.value) { params.append('actor', actorSelect.value); }
    if (typeBoxes.some(function (b) { return !b.checked; })) {
      typeBoxes.forEach(function (b) { if (b.checked) { params.append('type', b.value); } });
    }
    var query = params.toString();
    window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
  }

  function changed() {
    apply();
    toAddress();
  }

  if (actorSelect) { actorSelect.addEventListener('change', changed); }
  typeBoxes.forEach(function (b) { b.addEventListener('change', changed); });
  window.addEventListener('resize', draw);
  fromAddress();
  apply();
}());
