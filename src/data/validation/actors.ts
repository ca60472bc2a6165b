/**
 * Actors: each is anchored at a known place, and a country's id is its iso3 code and its anchor
 * lies in it; only countries have an iso3 code.
 */
import type { Actor } from '../schema.ts';
import { refCheck, type CheckContext } from './lookups.ts';
import type { Parsed } from './shapes.ts';

export function checkActors(ctx: CheckContext, actors: Parsed<Actor>): void {
  const { c, input, placeById } = ctx;
  for (const { value: a, path } of actors.items) {
    ctx.used.places.add(a.anchor);
    refCheck(c, input.actors.file, `${path}.anchor`, a.anchor, ctx.placeIds, 'place', input.places.file);
    if (a.kind === 'country') {
      if (!a.iso3)
        c.add(
          input.actors.file,
          `${path}.iso3`,
          `country "${a.id}" has no iso3 code`,
          'add its ISO 3166-1 alpha-3 code',
        );
      else if (a.iso3 !== a.id)
        c.add(
          input.actors.file,
          `${path}.id`,
          `a country's id must be its iso3 code "${a.iso3}"`,
          `set id to "${a.iso3}"`,
        );
      const anchor = placeById.get(a.anchor);
      if (a.iso3 && anchor && anchor.properties.country !== a.iso3) {
        c.add(
          input.actors.file,
          `${path}.anchor`,
          `anchor "${a.anchor}" lies in ${anchor.properties.country}, not in ${a.iso3}`,
          'anchor a country at a place in that country (its capital)',
        );
      }
    } else if (a.iso3) {
      c.add(input.actors.file, `${path}.iso3`, 'only countries have an iso3 code', 'remove iso3');
    }
  }
}
