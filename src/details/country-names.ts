/**
 * Names of countries that are not actors in the data (a reader may click any country on the
 * map). The basemap's label points carry every labelled country's name, so it is read from there, once,
 * and only when such a country is selected.
 */
import { useEffect, useState } from 'react';
import type { IndexedDataset } from '../data/dataset.ts';
import type { Selection } from '../state/url.ts';
import { fetchCountryLabels } from '../map/basemap-data.ts';
import { loadOnce } from '../data/fetch-json.ts';

const countryNames = loadOnce(() =>
  fetchCountryLabels().then(
    (labels) => new Map(labels.features.map((f) => [String(f.properties?.iso3), String(f.properties?.name)])),
  ),
);

/**
 * The actor's name, else the basemap's name for the ISO code, else the code itself while
 * loading. `null` (nothing to name) keeps it a hook that can be called unconditionally.
 */
export function useCountryName(dataset: IndexedDataset, iso3: string | null): string {
  const actor = iso3 === null ? '' : dataset.actorById.get(iso3)?.name;
  const [loaded, setLoaded] = useState<{ iso3: string; name: string } | null>(null);
  useEffect(() => {
    if (actor !== undefined || iso3 === null) return;
    let live = true;
    countryNames()
      .then((names) => live && setLoaded({ iso3, name: names.get(iso3) ?? iso3 }))
      .catch(() => live && setLoaded({ iso3, name: iso3 }));
    return () => {
      live = false;
    };
  }, [actor, iso3]);
  return actor ?? (loaded?.iso3 === iso3 ? loaded.name : (iso3 ?? ''));
}

/**
 * A country code the map does not know (`sel=country:XXX` typed into the address) names
 * nothing: once the names are loaded it is dropped, as an unknown entry's id is (the store's
 * setDataset), in place in the history: pushed, it was the page Back came to and pushed past again.
 */
export function useDropUnknownCountry(dataset: IndexedDataset, s: Selection, drop: () => void) {
  useEffect(() => {
    if (s.kind !== 'country' || dataset.actorById.has(s.id)) return;
    let live = true;
    countryNames()
      .then((names) => live && !names.has(s.id) && drop())
      // Not loaded: keep the code, as the name does.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [dataset, s.kind, s.id, drop]);
}
