/**
 * Relations and events: what every entry shares (its layer, citations, figures and summary), then
 * each kind's own references, dates and titles.
 */
import type { CitedMapEvent, CitedRelation } from '../schema.ts';
import {
  checkCitations,
  checkDate,
  checkFigures,
  checkNumbersInProse,
  checkOwnWords,
  checkPeriod,
  type Entry,
} from './citations.ts';
import { earliest, latest, precisionOf } from './dates.ts';
import { refCheck, type CheckContext } from './lookups.ts';
import type { Parsed } from './shapes.ts';

function checkEntry(ctx: CheckContext, file: string, path: string, e: Entry): void {
  ctx.used.layers.add(e.layer);
  e.citations.forEach((ct) => ctx.used.seeds.add(ct.seed));
  refCheck(ctx.c, file, `${path}.layer`, e.layer, ctx.layerIds, 'layer', ctx.input.layers.file);
  checkCitations(ctx, file, path, e.citations);
  checkFigures(ctx, file, path, e);
  checkNumbersInProse(ctx, file, `${path}.summary`, e.summary, e.citations);
  checkOwnWords(ctx, file, `${path}.summary`, e.summary, e.citations);
}

export function checkRelations(ctx: CheckContext, relations: Parsed<CitedRelation>): void {
  const { c, input, actorIds, used } = ctx;
  // A relation's title is its actors and its kind, or its topic: two alike could not be told apart.
  const titled = new Map<string, string>();
  for (const { value: r, path } of relations.items) {
    const title = `${r.from} → ${r.to}: ${r.topic ?? r.kind}`;
    const prior = titled.get(title);
    if (prior === undefined) titled.set(title, path);
    else
      c.add(
        input.relations.file,
        `${path}.topic`,
        `"${title}" is also the title of the relation at ${prior}: a reader could not tell them apart`,
        'give one or both a "topic" of a few words saying what each is about',
      );
  }
  for (const { value: r, path } of relations.items) {
    const file = input.relations.file;
    checkEntry(ctx, file, path, r);
    refCheck(c, file, `${path}.from`, r.from, actorIds, 'actor', input.actors.file);
    refCheck(c, file, `${path}.to`, r.to, actorIds, 'actor', input.actors.file);
    if (r.from === r.to)
      c.add(file, `${path}.to`, 'a relation must join two different actors', 'set "to" to the other party');
    used.actors.add(r.from);
    used.actors.add(r.to);
    checkPeriod(ctx, file, `${path}.period`, r.period, r.citations);
  }
}

export function checkEvents(ctx: CheckContext, events: Parsed<CitedMapEvent>): void {
  const { c, input, actorIds, used } = ctx;
  for (const { value: ev, path } of events.items) {
    const file = input.events.file;
    checkEntry(ctx, file, path, ev);
    checkNumbersInProse(ctx, file, `${path}.title`, ev.title, ev.citations);
    refCheck(c, file, `${path}.place`, ev.place, ctx.placeIds, 'place', input.places.file);
    used.places.add(ev.place);
    ev.actors.forEach((a, i) => {
      refCheck(c, file, `${path}.actors[${i}]`, a, actorIds, 'actor', input.actors.file);
      used.actors.add(a);
    });
    if (new Set(ev.actors).size !== ev.actors.length)
      c.add(file, `${path}.actors`, 'an actor is listed twice', 'list each actor once');
    if (checkDate(ctx, file, `${path}.date`, ev.date, ev.citations)) {
      const p = precisionOf(ev.date);
      if (p !== ev.precision) {
        c.add(
          file,
          `${path}.precision`,
          `precision "${ev.precision}" does not match date "${ev.date}" (a ${p})`,
          `set precision to "${p}", or write the date to the ${ev.precision}`,
        );
      }
      const pubs = ev.citations.flatMap((ct) => {
        const s = ctx.seedById.get(ct.seed);
        return s?.published ? [s.published] : [];
      });
      if (pubs.length > 0 && pubs.every((pub) => earliest(ev.date) > latest(pub))) {
        c.add(
          file,
          `${path}.date`,
          `date ${ev.date} is after the publication of every cited seed`,
          'check the year: a relative date ("last year") is resolved from the seed’s publication date',
        );
      }
    }
  }
}
