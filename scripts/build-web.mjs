// Copy the web UI's third-party assets from node_modules into src/eventwire/web/vendor (served locally:
// no CDN, no tile server). Run by `make web` after `npm ci`; the output is committed so that a plain
// `pip install` works without npm.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const modules = join(root, "node_modules");
const vendor = join(root, "src", "eventwire", "web", "vendor");
mkdirSync(join(vendor, "images"), { recursive: true });

for (const name of ["leaflet.js", "leaflet.css"]) {
  copyFileSync(join(modules, "leaflet", "dist", name), join(vendor, name));
}
for (const name of ["layers.png", "layers-2x.png", "marker-icon.png", "marker-icon-2x.png", "marker-shadow.png"]) {
  copyFileSync(join(modules, "leaflet", "dist", "images", name), join(vendor, "images", name));
}
copyFileSync(join(modules, "leaflet", "LICENSE"), join(vendor, "LICENSE.leaflet"));
copyFileSync(join(modules, "world-atlas", "LICENSE"), join(vendor, "LICENSE.world-atlas"));

// Natural Earth 1:50m countries (world-atlas TopoJSON) as GeoJSON, so the browser needs no converter.
const topology = JSON.parse(readFileSync(join(modules, "world-atlas", "countries-50m.json"), "utf8"));
const countries = feature(topology, topology.objects.countries);
const round = (c) => (typeof c[0] === "number" ? [Math.round(c[0] * 1e3) / 1e3, Math.round(c[1] * 1e3) / 1e3] : c.map(round));
for (const f of countries.features) f.geometry.coordinates = round(f.geometry.coordinates);
writeFileSync(join(vendor, "world.geojson"), JSON.stringify(countries));
console.log(`web assets written to ${vendor} (${countries.features.length} countries)`);
