import { describe, expect, it } from 'vitest';
import { pointedSelector } from './pointed.ts';

const eventById = new Map([
  ['coup-2021', { place: 'naypyidaw' }],
  ['odd', { place: 'a"b' }],
]);

describe('pointedSelector', () => {
  it('names a tie’s line and a route by their ids', () => {
    expect(pointedSelector({ kind: 'relation', id: 'rus-mmr-arms-supply' }, eventById)).toBe(
      '.flow[data-id="rus-mmr-arms-supply"]',
    );
    expect(pointedSelector({ kind: 'route', id: 'china-europe-rail' }, eventById)).toBe(
      '.route[data-id="china-europe-rail"]',
    );
  });

  it('names a place’s marker, and an event by its place’s, alone or in a group', () => {
    const marker = '.place[data-id="naypyidaw"], .event[data-id="naypyidaw"], .event[data-members~="naypyidaw"]';
    expect(pointedSelector({ kind: 'place', id: 'naypyidaw' }, eventById)).toBe(marker);
    expect(pointedSelector({ kind: 'event', id: 'coup-2021' }, eventById)).toBe(marker);
  });

  it('names nothing for a country, an unknown event, nothing pointed at, or an id that is not plain', () => {
    expect(pointedSelector({ kind: 'country', id: 'MMR' }, eventById)).toBeNull();
    expect(pointedSelector({ kind: 'event', id: 'unknown' }, eventById)).toBeNull();
    expect(pointedSelector(null, eventById)).toBeNull();
    expect(pointedSelector({ kind: 'relation', id: 'x"] , *' }, eventById)).toBeNull();
    expect(pointedSelector({ kind: 'event', id: 'odd' }, eventById)).toBeNull();
  });
});
