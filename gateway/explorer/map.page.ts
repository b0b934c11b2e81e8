/**
 * The map view of the explorer (`/map`): council areas and the assets that have a location,
 * drawn by a vendored Leaflet from this gateway's own GeoJSON exports, with no tiles and nothing
 * from elsewhere; a postcode box asks `locate`. Leaflet sets inline styles, hence
 * 'unsafe-inline' for styles only.
 */
export const MAP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function mapPage(assets: { script: string; style: string }): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Community power graph: map</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${escapeHtml(assets.style)}" />
    <link rel="stylesheet" href="/explorer/map.css" />
    <script src="${escapeHtml(assets.script)}" defer></script>
    <script src="/explorer/map.js" defer></script>
  </head>
  <body>
    <header class="map-bar">
      <strong>Community power graph</strong>
      <form id="map-locate">
        <label for="map-postcode">Postcode</label>
        <input id="map-postcode" name="postcode" autocomplete="postal-code" placeholder="SW1A 1AA" />
        <button type="submit">Locate</button>
      </form>
      <span id="map-status" role="status">Loading the map…</span>
      <a href="/">API explorer</a>
      <a href="/sources">Sources and licences</a>
    </header>
    <main id="map"></main>
    <aside id="map-place" aria-live="polite"></aside>
    <noscript>The map needs JavaScript. The same data: GET /export/councils.geojson and /export/assets.geojson.</noscript>
  </body>
</html>
`;
}

export const MAP_CSS = `
html, body { height: 100%; margin: 0; font: 14px/1.4 system-ui, sans-serif; }
body { display: flex; flex-direction: column; }
.map-bar { display: flex; gap: 1rem; align-items: center; padding: 0.5rem 1rem; background: #1d3a57; color: #fff; flex-wrap: wrap; }
.map-bar a { color: #cfe3ff; }
#map-locate { display: flex; gap: 0.4rem; align-items: center; }
#map { flex: 1; background: #eef3f7; }
#map-place { position: absolute; right: 1rem; bottom: 1.5rem; z-index: 1000; max-width: 22rem; background: #fff; padding: 0.6rem 0.8rem; border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
#map-place:empty { display: none; }
`;

/** The page's script: plain browser JavaScript, served as a file (the CSP allows no inline script). */
export const MAP_SCRIPT = `
(function () {
  'use strict';
  var status = document.getElementById('map-status');
  var place = document.getElementById('map-place');
  var map = L.map('map', { zoomSnap: 0.25, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(
    'Boundaries: ONS, OGL v3; contains OS data © Crown copyright and database right 2024. Postcode centres: ONS (NSPL), OS, Royal Mail.'
  );
  var marker = null;

  // Text only: names come from open data and are never read as HTML.
  function element(tag, text) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function json(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ' answered ' + response.status);
      return response.json();
    });
  }

  var councils = json('/export/councils.geojson?simplify=250&filter=' + encodeURIComponent('{"active":true}'));
  var assets = json('/export/assets.geojson');
  Promise.all([councils, assets]).then(function (collections) {
    var areas = L.geoJSON(collections[0], {
      filter: function (feature) { return feature.geometry !== null; },
      style: { color: '#3f5f7f', weight: 1, fillColor: '#dfe8f1', fillOpacity: 0.7, className: 'council-area' },
      onEachFeature: function (feature, layer) { layer.bindTooltip(feature.properties.name); },
    }).addTo(map);
    var located = collections[1].features.filter(function (feature) { return feature.geometry !== null; });
    L.geoJSON({ type: 'FeatureCollection', features: located }, {
      pointToLayer: function (feature, latlng) {
        return L.circleMarker(latlng, { radius: 6, color: '#8a2f00', weight: 1, fillColor: '#e3620b', fillOpacity: 0.9, className: 'asset-marker' });
      },
      onEachFeature: function (feature, layer) {
        var box = element('div');
        box.appendChild(element('strong', feature.properties.name));
        box.appendChild(element('div', (feature.properties.status || 'status unknown') + ', ' + (feature.properties.councilName || '')));
        box.appendChild(element('div', 'Placed by ' + String(feature.properties.locationPrecision).toLowerCase()));
        layer.bindPopup(box);
      },
    }).addTo(map);
    map.fitBounds(areas.getBounds());
    status.textContent = areas.getLayers().length + ' council areas; ' + located.length + ' of ' +
      collections[1].features.length + ' assets have a location';
    document.body.setAttribute('data-map-ready', 'true');
  }).catch(function (error) {
    status.textContent = 'The map could not load: ' + error.message;
  });

  var LOCATE = 'query Locate($postcode: String!) { locate(postcode: $postcode) { latitude longitude precision match notes district { name } county { name } strategicAuthority { name } neighbourhoodBoards { placeName } } }';
  document.getElementById('map-locate').addEventListener('submit', function (event) {
    event.preventDefault();
    var postcode = document.getElementById('map-postcode').value;
    fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOCATE, variables: { postcode: postcode } }),
    }).then(function (response) { return response.json(); }).then(function (answer) {
      place.textContent = '';
      if (answer.errors) { place.appendChild(element('p', answer.errors[0].message)); return; }
      var found = answer.data.locate;
      var names = [found.district, found.county, found.strategicAuthority]
        .filter(function (council) { return council; })
        .map(function (council) { return council.name; });
      place.appendChild(element('strong', postcode.toUpperCase()));
      place.appendChild(element('p', names.length ? names.join(' · ') : 'No council'));
      var boards = found.neighbourhoodBoards || [];
      if (boards.length) place.appendChild(element('p', 'Boards: ' + boards.map(function (b) { return b.placeName; }).join(', ')));
      found.notes.forEach(function (note) { place.appendChild(element('p', note)); });
      if (marker) marker.remove();
      marker = L.circleMarker([found.latitude, found.longitude], { radius: 8, color: '#000', weight: 2, fillColor: '#ffd400', fillOpacity: 1, className: 'located-point' }).addTo(map);
      map.setView([found.latitude, found.longitude], Math.max(map.getZoom(), 9));
      place.setAttribute('data-located', found.match);
    }).catch(function (error) { place.textContent = 'Could not ask: ' + error.message; });
  });
})();
`;
