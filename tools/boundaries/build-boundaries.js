#!/usr/bin/env node
// Builds src/main/resources/static/geo/countries.geo.json, the boundaries the analytics map shades, from
// Natural Earth 1:50m Admin 0 countries (public domain) as redistributed by the npm package world-atlas
// (ISC). Run once when the data should change; see README.md beside this script for the command.
//
// Why this shape: the map runs offline (no tile server), so only the features the product can shade are
// shipped: the 193 UN Member States plus the other jurisdictions of the seed (Kosovo, Montserrat), keyed
// by the jurisdiction code the application uses (ISO 3166-1 alpha-2; Kosovo by name, as it has no ISO
// numeric code). Natural Earth's de facto units that the UN counts as part of a Member State are merged
// into it (Northern Cyprus into Cyprus, Somaliland into Somalia). Members too small for 1:50m come from
// 1:10m. Elsewhere the arcs are simplified (topology kept) to a fifth of their points; the seeded
// jurisdictions keep every 1:50m point. Coordinates are rounded to 2 decimals (about 1 km), which keeps the Caribbean islands.
const fs = require('fs');
const path = require('path');

const [, , packages, out] = process.argv;
if (!packages || !out) {
  console.error('usage: node build-boundaries.js <node_modules with world-atlas, topojson-client, topojson-simplify, i18n-iso-countries> <out.geojson>');
  process.exit(2);
}
const topojson = require(path.resolve(packages, 'topojson-client'));
const simplification = require(path.resolve(packages, 'topojson-simplify'));
// Share of the arcs' points kept by topology-preserving simplification (neighbours keep a common border).
const KEEP = Number(process.env.KEEP || 0.2);
const iso = require(path.resolve(packages, 'i18n-iso-countries', 'codes.json'));
const atlas = res => JSON.parse(fs.readFileSync(path.resolve(packages, 'world-atlas', `countries-${res}.json`)));

// UN Member States (193), ISO 3166-1 alpha-2.
const UN_MEMBERS = `AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA
CF TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN
GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX
FM MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST SA
SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE
ZM ZW`.split(/\s+/);
// Seeded jurisdictions that are not UN Member States, and how Natural Earth names them when it has no code.
const OTHERS = {XK: 'Kosovo', MS: null};
// Natural Earth units the UN counts as part of a Member State.
const PART_OF = {'N. Cyprus': 'CY', 'Somaliland': 'SO'};

if (new Set(UN_MEMBERS).size !== 193) throw new Error(`expected 193 UN Member States, got ${new Set(UN_MEMBERS).size}`);
const numericOf = Object.fromEntries(iso.map(([a2, , n]) => [a2, n]));
const codeOfNumeric = Object.fromEntries(iso.map(([a2, , n]) => [n, a2]));
const wanted = new Set([...UN_MEMBERS, ...Object.keys(OTHERS)]);
const seed = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../src/main/resources/seed/jurisdictions.json')));
const SEEDED = new Set(seed.filter(j => j.kind === 'JURISDICTION').map(j => j.code));
const arcsOf = arcs => typeof arcs === 'number' ? [arcs < 0 ? ~arcs : arcs] : arcs.flatMap(arcsOf);

function features(res) {
  const presimplified = simplification.presimplify(atlas(res), simplification.sphericalTriangleArea);
  const threshold = simplification.quantile(presimplified, KEEP);
  const codeOf = g => g.id ? codeOfNumeric[g.id]
    : Object.keys(OTHERS).find(c => OTHERS[c] === g.properties.name) || PART_OF[g.properties.name];
  // The seeded jurisdictions keep every point (their neighbours share those borders, so they keep them too).
  for (const g of presimplified.objects.countries.geometries) {
    if (SEEDED.has(codeOf(g))) arcsOf(g.arcs).forEach(i => presimplified.arcs[i].forEach(p => { p[2] = Infinity; }));
  }
  const topology = simplification.simplify(presimplified, threshold);
  const byCode = {};
  for (const g of topology.objects.countries.geometries) {
    const code = codeOf(g);
    if (code && wanted.has(code)) (byCode[code] = byCode[code] || []).push(g);
  }
  const result = {};
  for (const [code, parts] of Object.entries(byCode)) {
    const geometry = parts.length === 1
      ? topojson.feature(topology, parts[0]).geometry
      : topojson.merge(topology, parts);
    const own = parts.find(p => p.id) || parts[0];
    result[code] = {type: 'Feature', id: code, properties: {code, name: own.properties.name}, geometry};
  }
  return result;
}

// Rounds to 2 decimals (about 1 km) and drops the points that rounding makes repeat; a ring keeps at least 4.
const point = p => [Math.round(p[0] * 100) / 100, Math.round(p[1] * 100) / 100];
const ring = r => {
  const kept = r.map(point).filter((p, i, a) => i === 0 || p[0] !== a[i - 1][0] || p[1] !== a[i - 1][1]);
  return kept.length >= 4 ? kept : r.map(point);
};
const round = c => typeof c[0][0] === 'number' ? ring(c) : c.map(round);
const medium = features('50m');
const large = features('10m');
const missing = [...wanted].filter(c => !medium[c] && !large[c]);
const fromLarge = [...wanted].filter(c => !medium[c] && large[c]);
const all = [...wanted].sort().filter(c => medium[c] || large[c]).map(c => {
  const f = medium[c] || large[c];
  return {...f, geometry: {...f.geometry, coordinates: round(f.geometry.coordinates)}};
});
const collection = {
  type: 'FeatureCollection',
  source: 'Made with Natural Earth (public domain), Admin 0 countries 1:50m (1:10m for ' + fromLarge.join(', ') +
    '), version 4.1.0, via the npm package world-atlas 2.0.2. Boundaries do not imply official endorsement or acceptance by the United Nations.',
  features: all,
};
fs.writeFileSync(out, JSON.stringify(collection));
console.log(`${all.length} features written to ${out} (${fs.statSync(out).size} bytes); from 1:10m: ${fromLarge.join(' ')}; none: ${missing.join(' ') || '-'}`);
