// The country shapes: world-atlas countries-110m, read once. createRequire loads the JSON
// the same way under Node's type stripping and inside an Astro/Vite build.
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type CountryFeature = Feature<Geometry, { name: string }>;

let cache: { countries: CountryFeature[]; names: ReadonlySet<string> } | undefined;

/** Every country of the atlas, with `properties.name`. */
export function loadAtlas(): { countries: CountryFeature[]; names: ReadonlySet<string> } {
  if (!cache) {
    const topology = createRequire(import.meta.url)('world-atlas/countries-110m.json') as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    const countries = collection.features;
    cache = { countries, names: new Set(countries.map((c) => c.properties.name)) };
  }
  return cache;
}
