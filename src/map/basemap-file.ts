/**
 * The shape of the basemap's countries file (written by scripts/build-basemap.ts): every country
 * as a multipolygon, then the land borders as one multiline marked `border`. The borders ride in
 * the countries' file so that the map draws land, coastlines and borders from one source (see
 * the build script for why); readers that want them apart split the file here.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';

export const BORDER_PROPERTY = 'border';
export type CountryProps = { iso3: string; name: string };
export type BorderProps = { [BORDER_PROPERTY]: true };
export type CountriesFile = FeatureCollection<MultiPolygon | MultiLineString, CountryProps | BorderProps>;

type CountryFeature = Feature<MultiPolygon, CountryProps>;
type BorderFeature = Feature<MultiLineString, BorderProps>;

const isBorder = (f: CountriesFile['features'][number]): f is BorderFeature =>
  (f.properties as Partial<BorderProps> | null)?.[BORDER_PROPERTY] === true;

/** The countries and the borders of the file, each as a collection of its own. */
export function splitCountriesFile(file: CountriesFile): {
  countries: FeatureCollection<MultiPolygon, CountryProps>;
  borders: FeatureCollection<MultiLineString, BorderProps>;
} {
  const borders = file.features.filter(isBorder);
  const countries = file.features.filter((f): f is CountryFeature => !isBorder(f));
  return {
    countries: { type: 'FeatureCollection', features: countries },
    borders: { type: 'FeatureCollection', features: borders },
  };
}
