import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { groupMarkers, groupNearbyEvents, groupsKey, pixelsApart, type MarkerView } from './event-groups.ts';
import { markerOuterRadius } from './places.ts';
import { THEMES } from '../theme.ts';

type Place = { id: string; events: number; at: [number, number]; anchor?: boolean };

const NAYPYIDAW: Place = { id: 'naypyidaw', events: 4, at: [96.13, 19.76], anchor: true };
const YANGON: Place = { id: 'yangon', events: 1, at: [96.16, 16.8] };
const HANOI: Place = { id: 'hanoi', events: 0, at: [105.85, 21.03], anchor: true };

function places(...list: Place[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: list.map((p) => ({
      type: 'Feature',
      properties: {
        id: p.id,
        name: p.id[0].toUpperCase() + p.id.slice(1),
        events: p.events,
        role: p.events > 0 ? 'event' : 'anchor',
        anchor: p.anchor ?? false,
      },
      geometry: { type: 'Point', coordinates: p.at },
    })),
  };
}

const view = (zoom: number, more: Partial<MarkerView> = {}): MarkerView => ({
  zoom,
  latitude: 45,
  projection: 'globe',
  theme: THEMES.light,
  ...more,
});

const props = (c: FeatureCollection) => c.features.map((f) => f.properties);

describe('pixels apart', () => {
  it('doubles with each zoom level, and is larger on a globe centred further north', () => {
    const [a, b] = [NAYPYIDAW.at, YANGON.at];
    expect(pixelsApart(view(3), a, b)).toBeCloseTo(2 * pixelsApart(view(2), a, b), 6);
    expect(pixelsApart(view(2, { latitude: 60 }), a, b)).toBeGreaterThan(pixelsApart(view(2, { latitude: 20 }), a, b));
  });

  it('on the flat map, takes the scale of the places’ own latitude, not the centre’s', () => {
    const flat = (latitude: number) =>
      pixelsApart(view(2, { projection: 'mercator', latitude }), NAYPYIDAW.at, YANGON.at);
    expect(flat(60)).toBe(flat(0));
  });
});

describe('grouping nearby event markers', () => {
  it('draws two overlapping markers as one where their events are, with both names and every event', () => {
    const grouped = groupNearbyEvents(places(NAYPYIDAW, YANGON, HANOI), view(1.45));
    expect(props(grouped)).toEqual([
      expect.objectContaining({
        id: 'naypyidaw',
        name: 'Naypyidaw +1',
        places: 'Naypyidaw and Yangon',
        events: 5,
        grouped: 2,
      }),
      expect.objectContaining({ id: 'hanoi', events: 0 }),
    ]);
    // A fifth of the way from Naypyidaw (four events) to Yangon (one).
    const [lng, lat] = grouped.features[0].geometry.coordinates;
    expect(lng).toBeCloseTo(NAYPYIDAW.at[0] + (YANGON.at[0] - NAYPYIDAW.at[0]) / 5, 6);
    expect(lat).toBeCloseTo(NAYPYIDAW.at[1] + (YANGON.at[1] - NAYPYIDAW.at[1]) / 5, 6);
  });

  it('tells which marker holds each place drawn in a group, and nothing of places drawn alone', () => {
    expect(groupMarkers(groupNearbyEvents(places(NAYPYIDAW, YANGON, HANOI), view(1.45)))).toEqual(
      new Map([
        ['naypyidaw', 'naypyidaw'],
        ['yangon', 'naypyidaw'],
      ]),
    );
    expect(groupMarkers(groupNearbyEvents(places(NAYPYIDAW, YANGON), view(4)))).toEqual(new Map());
  });

  it('zooms in on a group to where its markers part, with room to spare, and no further', () => {
    const grouped = groupNearbyEvents(places(NAYPYIDAW, YANGON), view(1.45));
    const parts = Number(grouped.features[0].properties!.partsAtZoom);
    // Centred on the group's marker, as MapView zooms in on it.
    const centre = grouped.features[0].geometry.coordinates[1];
    const there = (zoom: number) => view(zoom, { latitude: centre });
    const needed = markerOuterRadius(4, THEMES.light) + markerOuterRadius(1, THEMES.light) + 2;
    expect(pixelsApart(there(parts), NAYPYIDAW.at, YANGON.at)).toBeGreaterThan(needed);
    expect(pixelsApart(there(parts - 0.5), NAYPYIDAW.at, YANGON.at)).toBeLessThan(needed);
    expect(props(groupNearbyEvents(places(NAYPYIDAW, YANGON), there(parts)))).not.toContainEqual(
      expect.objectContaining({ grouped: 2 }),
    );
  });

  it('leaves markers apart when they do not touch, and returns the places as they were', () => {
    const given = places(NAYPYIDAW, YANGON, HANOI);
    expect(groupNearbyEvents(given, view(2.5))).toBe(given);
  });

  it('groups more markers on a projector, whose markers are larger', () => {
    const zoom = 1.9;
    expect(groupsKey(groupNearbyEvents(places(NAYPYIDAW, YANGON), view(zoom)))).toBe('');
    expect(groupsKey(groupNearbyEvents(places(NAYPYIDAW, YANGON), view(zoom, { theme: THEMES.projector })))).toBe(
      'naypyidaw+yangon',
    );
  });

  it('keeps a place where flows end as a plain dot when its events join another marker', () => {
    const yangonAnchor = { ...YANGON, events: 1, anchor: true };
    const bigger = { ...NAYPYIDAW, events: 2, anchor: false };
    const grouped = groupNearbyEvents(places(bigger, yangonAnchor), view(1.2));
    expect(props(grouped)).toEqual([
      expect.objectContaining({ id: 'naypyidaw', events: 3 }),
      expect.objectContaining({ id: 'yangon', role: 'anchor', events: 0 }),
    ]);
  });

  it('leaves the selected place’s marker apart: it counts its own events, as its details list them', () => {
    const grouped = groupNearbyEvents(places(NAYPYIDAW, YANGON), view(1.45), new Set(['yangon']));
    expect(props(grouped)).toEqual([
      expect.objectContaining({ id: 'naypyidaw', events: 4 }),
      expect.objectContaining({ id: 'yangon', events: 1 }),
    ]);
  });

  it('names a group of three by all its places', () => {
    const samarkand: Place = { id: 'samarkand', events: 3, at: [66.96, 39.65] };
    const border: Place = { id: 'border', events: 1, at: [70.5, 39.9] };
    const dushanbe: Place = { id: 'dushanbe', events: 1, at: [68.78, 38.56] };
    const grouped = groupNearbyEvents(places(border, samarkand, dushanbe), view(1));
    expect(props(grouped)).toEqual([
      expect.objectContaining({
        id: 'samarkand',
        name: 'Samarkand +2',
        places: 'Samarkand, Border and Dushanbe',
        events: 5,
        grouped: 3,
      }),
    ]);
  });
});
