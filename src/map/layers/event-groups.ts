/**
 * Event markers that would overlap at the map's scale are drawn as one, with the count of all
 * their events: on a phone's opening globe Yangon's marker (one event) lay half under
 * Naypyidaw's (four), its count unreadable, and the Kyrgyz–Tajik border's under Samarkand's. The
 * group's marker stands where its events are, named after its largest place and how many more it
 * holds; a click on it zooms in to where they part (MapView). A group's other places stay as
 * plain dots if flows or routes end there.
 *
 * Distances are those of MapLibre's scale at the camera's zoom (globe-scale.ts), at the centre's
 * latitude on the globe and at the places' own on the flat map, so the grouping needs no map and
 * the static map draws the same groups for the same camera. Round the globe's rim places lie
 * closer than this says: the story's places lie near its middle.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ProjectionName } from '../camera.ts';
import type { Theme } from '../theme.ts';
import { globeRadius } from '../globe-scale.ts';
import { markerOuterRadius } from './places.ts';

/** What sizes the markers and their spacing on screen. */
export type MarkerView = {
  zoom: number;
  latitude: number;
  projection: ProjectionName;
  theme: Pick<Theme, 'labelScale' | 'lineScale'>;
};

/** The clear gap two markers keep between their rims, in pixels; closer, they are one. */
const GAP = 2;
/** How far past the zoom where a group's markers part a click on it zooms: their rims just apart is too close. */
const PAST_PARTING = 0.3;

type LngLat = [number, number];
type PlaceFeature = Feature<Point, Record<string, unknown>>;

/**
 * The angle between two places seen from the earth's centre, in radians (haversine). Not d3-geo's
 * geoDistance: importing it drew 2 KB of d3-geo into the page's code, which the static map's
 * chunk alone had held.
 */
function radiansApart([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Pixels between two places on screen at `view`'s scale. */
export function pixelsApart(view: MarkerView, a: LngLat, b: LngLat): number {
  const latitude = view.projection === 'globe' ? view.latitude : (a[1] + b[1]) / 2;
  return radiansApart(a, b) * globeRadius(view.zoom, latitude);
}

/**
 * `places` (layers/places.ts) with each set of overlapping event markers drawn as one. Largest
 * first, each marker joins the first group whose marker it would touch, as large as the group's
 * count makes it. `apart`'s places (the selected one, the selected event's) neither join nor
 * gather a group: their marker counts their own events, as their details list them.
 */
export function groupNearbyEvents(
  places: FeatureCollection<Point>,
  view: MarkerView,
  apart: ReadonlySet<string> = new Set(),
): FeatureCollection<Point> {
  const radius = (events: number) => markerOuterRadius(events, view.theme);
  const at = (f: PlaceFeature) => f.geometry.coordinates as LngLat;
  const events = (places.features as PlaceFeature[])
    .filter((f) => f.properties.role === 'event' && !apart.has(String(f.properties.id)))
    .sort(
      (a, b) =>
        Number(b.properties.events) - Number(a.properties.events) ||
        String(a.properties.id).localeCompare(String(b.properties.id)),
    );
  const groups: { lead: PlaceFeature; members: PlaceFeature[]; events: number }[] = [];
  for (const f of events) {
    const own = Number(f.properties.events);
    const group = groups.find((g) => pixelsApart(view, at(g.lead), at(f)) < radius(g.events) + radius(own) + GAP);
    if (group) {
      group.members.push(f);
      group.events += own;
    } else groups.push({ lead: f, members: [f], events: own });
  }
  const merged = new Map<PlaceFeature, PlaceFeature | null>();
  for (const { lead, members, events: total } of groups) {
    if (members.length === 1) continue;
    // Where its events are: the mean of its places weighed by their events (Naypyidaw's four and
    // Yangon's one, a fifth of the way to Yangon).
    const centre = [0, 1].map(
      (axis) => members.reduce((sum, m) => sum + at(m)[axis] * Number(m.properties.events), 0) / total,
    ) as LngLat;
    // The zoom where every member's own marker clears the lead's, and a little past it, with the
    // group in the middle (MapView zooms in on it): the globe's scale is its centre's.
    const centred = { ...view, latitude: centre[1] };
    const names = members.map((m) => String(m.properties.name));
    const parting = Math.max(
      ...members
        .slice(1)
        .map((m) =>
          Math.log2(
            (radius(Number(lead.properties.events)) + radius(Number(m.properties.events)) + GAP) /
              pixelsApart(centred, at(lead), at(m)),
          ),
        ),
    );
    merged.set(lead, {
      ...lead,
      geometry: { type: 'Point', coordinates: centre },
      properties: {
        ...lead.properties,
        events: total,
        name: nameOf(names),
        places: namesOf(names),
        grouped: members.length,
        members: members.map((m) => String(m.properties.id)),
        partsAtZoom: Math.round((view.zoom + parting + PAST_PARTING) * 100) / 100,
      },
    });
    for (const m of members.slice(1))
      merged.set(m, m.properties.anchor ? { ...m, properties: { ...m.properties, role: 'anchor', events: 0 } } : null);
  }
  if (merged.size === 0) return places;
  const features = (places.features as PlaceFeature[])
    .map((f) => (merged.has(f) ? merged.get(f)! : f))
    .filter((f): f is PlaceFeature => f !== null);
  return { type: 'FeatureCollection', features };
}

/**
 * "Naypyidaw +1": the group's place, and how many more it holds. As short as a name can be: the
 * names of all ("Naypyidaw and Yangon") found no room beside a selected tie's end in a small embed,
 * and took Myanmar's on a phone. The tooltip names them all (`places`).
 */
function nameOf(names: string[]): string {
  return `${names[0]} +${names.length - 1}`;
}

/** "Naypyidaw and Yangon"; "Samarkand, Bishkek and Dushanbe". */
function namesOf(names: string[]): string {
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** What an event marker stands for: "Yangon: 1 event"; a group, "Naypyidaw and Yangon: 5 events". */
export function eventMarkerTitle(properties: Record<string, unknown>): string {
  const count = Number(properties.events);
  return `${String(properties.places ?? properties.name)}: ${count} event${count === 1 ? '' : 's'}`;
}

/** Place id → the id of the group's marker that holds it (its largest place's), for each grouped place. */
export function groupMarkers(places: FeatureCollection): Map<string, string> {
  return new Map(
    places.features.flatMap((f) =>
      ((f.properties?.members ?? []) as string[]).map((id): [string, string] => [id, String(f.properties!.id)]),
    ),
  );
}

/** Which places the grouping drew as one, by their ids, as text: the same text, the same groups. */
export function groupsKey(places: FeatureCollection): string {
  return places.features
    .filter((f) => f.properties?.members)
    .map((f) => (f.properties!.members as string[]).join('+'))
    .join('|');
}
