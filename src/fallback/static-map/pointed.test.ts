import { describe, expect, it } from 'vitest';
import { pointedSelector } from './pointed.ts';

/** The parts of a dataset pointedSelector reads: two events, and a tie drawn as no line (Russia → BRICS). */
const dataset = {
  eventById: new Map([
    ['coup-2021', { place: 'naypyidaw' }],
    ['odd', { place: 'a"b' }],
  ]),
  relationById: new Map([['rus-brics', { from: 'RUS', to: 'BRICS' }]]),
  actorById: new Map([
    ['RUS', { anchor: 'moscow' }],
    ['BRICS', { anchor: 'moscow' }],
  ]),
} as unknown as Parameters<typeof pointedSelector>[1];

describe('pointedSelector', () => {
  it('names a tie’s line and a route by their ids', () => {
    expect(pointedSelector({ kind: 'relation', id: 'rus-mmr-arms-supply' }, dataset)).toBe(
      '.flow[data-id="rus-mmr-arms-supply"]',
    );
    expect(pointedSelector({ kind: 'route', id: 'china-europe-rail' }, dataset)).toBe(
      '.route[data-id="china-europe-rail"]',
    );
  });

  it('names a place’s marker, and an event by its place’s, alone or in a group', () => {
    const marker = '.place[data-id="naypyidaw"], .event[data-id="naypyidaw"], .event[data-members~="naypyidaw"]';
    expect(pointedSelector({ kind: 'place', id: 'naypyidaw' }, dataset)).toBe(marker);
    expect(pointedSelector({ kind: 'event', id: 'coup-2021' }, dataset)).toBe(marker);
  });

  it('names the place of a tie drawn as no line, both its ends there', () => {
    expect(pointedSelector({ kind: 'relation', id: 'rus-brics' }, dataset)).toBe(
      '.place[data-id="moscow"], .event[data-id="moscow"], .event[data-members~="moscow"]',
    );
  });

  it('names nothing for a country, an unknown event, nothing pointed at, or an id that is not plain', () => {
    expect(pointedSelector({ kind: 'country', id: 'MMR' }, dataset)).toBeNull();
    expect(pointedSelector({ kind: 'event', id: 'unknown' }, dataset)).toBeNull();
    expect(pointedSelector(null, dataset)).toBeNull();
    expect(pointedSelector({ kind: 'relation', id: 'x"] , *' }, dataset)).toBeNull();
    expect(pointedSelector({ kind: 'event', id: 'odd' }, dataset)).toBeNull();
  });
});
