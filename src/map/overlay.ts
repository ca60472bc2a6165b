/** The data overlay's sources for what the view shows, computed once per change of view. */
import type { IndexedDataset } from '../data/dataset.ts';
import type { VisibleEntries } from '../data/visible.ts';
import type { WidthScales } from '../scales/flow-width.ts';
import type { Overlay } from './style.ts';
import { flowFeatures } from './layers/flows.ts';
import { placeFeatures } from './layers/places.ts';
import { routeFeatures } from './layers/routes.ts';
import { involvementByCountry } from './layers/countries.ts';

export function buildOverlay(d: IndexedDataset, visible: VisibleEntries, scales: WidthScales): Overlay {
  return {
    flows: flowFeatures(d, visible.relations, scales),
    places: placeFeatures(d, visible),
    routes: routeFeatures(d, visible.routes),
    involvement: involvementByCountry(d, visible),
    eventPlaces: new Map(d.events.map((e) => [e.id, e.place])),
  };
}
