import { describe, expect, it } from 'vitest';
import { testDataset } from '../../table/test-dataset.ts';
import { indexDataset } from '../../data/dataset.ts';
import { describeView } from '../../summary/describe-view.ts';
import { escapeXml } from './svg.ts';
import { forD3, renderStaticMap } from './render.ts';
import { staticViews } from './views.ts';
import { BASEMAP_FIXTURE, TOUR_FIXTURE } from './test-fixtures.ts';

const d = testDataset();
const [opening, chapter1, chapter2] = staticViews(TOUR_FIXTURE);
const svg = renderStaticMap(d, BASEMAP_FIXTURE, opening);

/** The markup of the flow group for one relation, or undefined. */
const flow = (markup: string, id: string) =>
  new RegExp(`<g class="flow" data-id="${id}"[^>]*>.*?</g>`).exec(markup)?.[0];
/** Whether the flow's group is drawn faint, as the live map fades a line (hidden.ts). */
const faint = (markup: string, id: string) =>
  flow(markup, id)?.startsWith(`<g class="flow" data-id="${id}" opacity="0.3"`);
/** The key's band, below the map. */
const key = (markup: string) => markup.slice(markup.indexOf('<g class="legend"'));

describe('renderStaticMap', () => {
  it('is an accessible image: role, a title and a description of the view from the data', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="default-title default-desc"/);
    expect(svg).toContain('<title id="default-title">Static map: The opening view</title>');
    expect(svg).toContain(`<desc id="default-desc">${escapeXml(describeView(d, opening.layers, null))}</desc>`);
  });

  it('draws the flows of the view’s layers and no others, coloured by side', () => {
    for (const id of ['rus-mmr-arms', 'chn-mmr-arms', 'rus-vnm-arms', 'rus-ind-arms'])
      expect(flow(svg, id)).toBeDefined();
    expect(flow(svg, 'rus-sco-membership')).toBeUndefined();
    expect(flow(svg, 'rus-mmr-arms')).toContain('stroke="#d55e00"');
    expect(flow(svg, 'chn-mmr-arms')).toContain('stroke="#0072b2"');
    expect(svg).toContain('data-id="china-europe-rail"');
  });

  it('draws certainty as the live map does: hollow when reported, “?” when disputed', () => {
    const map = svg.slice(0, svg.indexOf('<g class="legend"'));
    expect(map.match(/class="core"/g)).toHaveLength(1);
    expect(map).toMatch(/class="mark"[^>]*>\?<\/text>/);
  });

  it('draws the countries on the near side, shading those the entries name', () => {
    for (const iso3 of ['RUS', 'CHN', 'MMR', 'IND']) expect(svg).toContain(`data-iso3="${iso3}"`);
    expect(svg).not.toContain('data-iso3="BRA"');
    expect(svg).toMatch(/class="country shade-\d" data-iso3="MMR"/);
    // Russia and China are never shaded: their presence is the flows' colour.
    expect(svg).toMatch(/class="country" data-iso3="RUS"/);
    expect(svg).toContain('>RUSSIA</tspan>');
    expect(svg).not.toContain('>BRAZIL<');
  });

  it('has a key listing only what it shows, and credits Natural Earth', () => {
    expect(svg).toContain('Russia’s ties');
    expect(svg).toContain('China’s ties');
    expect(svg).not.toContain('Ties between others');
    // Every tie carries an arrow at its middle: the key says what it points along.
    expect(svg).toContain('>Direction of the tie<');
    expect(svg).toContain('Basemap: Natural Earth');
    expect(svg).toContain('Layers: Arms, Energy and trade, Rail and connectivity, China&apos;s presence; all years');
  });

  it('draws a chapter with its layers, years and selection', () => {
    const first = renderStaticMap(d, BASEMAP_FIXTURE, chapter1);
    expect(first).toContain('Static map: Chapter 1: Arms for the junta');
    expect(flow(first, 'rus-mmr-arms')).toContain('class="selected"');
    expect(flow(first, 'chn-mmr-arms')).not.toContain('class="selected"');

    const second = renderStaticMap(d, BASEMAP_FIXTURE, chapter2);
    expect(second).toContain('aria-labelledby="chapter-2-title chapter-2-desc"');
    expect(flow(second, 'rus-sco-membership')).toBeDefined();
    expect(flow(second, 'rus-mmr-arms')).toBeUndefined();
    expect(second).toContain('Layers: Diplomacy; up to 2017');
  });

  it('draws faint the lines a chapter does not cite, as the live tour does, and its key says so', () => {
    const first = renderStaticMap(d, BASEMAP_FIXTURE, chapter1);
    expect(faint(first, 'rus-mmr-arms')).toBe(false);
    for (const id of ['chn-mmr-arms', 'rus-vnm-arms', 'rus-ind-arms']) expect(faint(first, id)).toBe(true);
    expect(key(first)).toContain('>Faint: ties this chapter does not cite<');
    // A reader who chooses another entry singles out that one instead, as on the live map.
    const chosen = renderStaticMap(d, BASEMAP_FIXTURE, {
      ...chapter1,
      selection: { kind: 'relation', id: 'rus-vnm-arms' },
    });
    expect(faint(chosen, 'rus-vnm-arms')).toBe(false);
    expect(faint(chosen, 'rus-mmr-arms')).toBe(true);
    expect(key(chosen)).toContain('>Faint: ties outside the selection<');
    // The opening view singles out nothing and shows all years: nothing is faint, and the key says nothing of it.
    expect(svg).not.toContain('opacity="0.3"');
    expect(key(svg)).not.toContain('Faint');
  });

  it('in a year view draws the undated ties faint, as its description and key say', () => {
    // Chapter 2 cites an event, which singles out no line; its years are up to 2017.
    const second = renderStaticMap(d, BASEMAP_FIXTURE, chapter2);
    expect(faint(second, 'rus-sco-membership')).toBe(true);
    expect(second).toContain(escapeXml(describeView(d, chapter2.layers, chapter2.time, true)));
    expect(key(second)).toContain('>Faint: no date given, so drawn in every year<');
  });

  it('lights the place of a chosen tie drawn as no line, both its ends there, as the live map does', () => {
    // China and the SCO are both placed at Beijing.
    const membership = d.relations.find((r) => r.id === 'rus-sco-membership')!;
    const seated = indexDataset({ ...d, relations: [...d.relations, { ...membership, id: 'chn-sco', from: 'CHN' }] });
    const view = {
      ...opening,
      layers: ['diplomacy' as const],
      selection: { kind: 'relation' as const, id: 'chn-sco' },
    };
    // Beijing holds an event, so its marker is the events' disc: drawn with the selection's wide rim.
    const disc = (markup: string) =>
      /<g class="event" data-id="beijing".*?<circle class="event-disc"[^>]*>/.exec(markup)?.[0];
    expect(disc(renderStaticMap(seated, BASEMAP_FIXTURE, view))).toContain('stroke-width="4"');
    expect(disc(renderStaticMap(seated, BASEMAP_FIXTURE, { ...view, selection: null }))).toContain(
      'stroke-width="1.5"',
    );
  });

  it('names places from zoom 2.5, and the places a chapter is about at any zoom', () => {
    const placeNames = (markup: string) => /<g class="place-labels">.*?<\/g>/.exec(markup)?.[0] ?? '';
    expect(placeNames(svg)).toBe('');
    const [, far] = staticViews([{ ...TOUR_FIXTURE[0], camera: { longitude: 90, latitude: 35, zoom: 2 } }]);
    const names = placeNames(renderStaticMap(d, BASEMAP_FIXTURE, far));
    // The chapter cites Russia → Myanmar: its two ends' places, not Beijing or Hanoi.
    expect(names).toContain('>Moscow<');
    expect(names).toContain('>Naypyidaw<');
    expect(names).not.toContain('>Hanoi<');
    expect(names).not.toContain('>Beijing<');
    expect(placeNames(renderStaticMap(d, BASEMAP_FIXTURE, chapter1))).toContain('>Hanoi<');
  });

  it('names routes on plates from zoom 1.75, as the live map does', () => {
    const at = (zoom: number) => ({ ...opening, camera: { longitude: 95, latitude: 40, zoom } });
    const routeNames = (markup: string) => /<g class="route-labels">.*?<\/g>/.exec(markup)?.[0] ?? '';
    expect(routeNames(renderStaticMap(d, BASEMAP_FIXTURE, at(1.5)))).toBe('');
    const names = routeNames(renderStaticMap(d, BASEMAP_FIXTURE, at(2)));
    expect(names).toContain('<rect class="plate"');
    const words = names
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    expect(words).toBe('China–Europe rail route (schematic)');
  });

  it('draws the names above the flows and markers, as the live map does, where a crossing arc half hid them', () => {
    const at = (group: string) => svg.indexOf(`<g class="${group}">`);
    expect(at('country-labels')).toBeGreaterThan(at('places'));
    expect(at('places')).toBeGreaterThan(at('flows'));
  });

  it('keeps text from the data as text', () => {
    const evil = testDataset();
    evil.actorById.get('MMR')!.name = '<script>alert(1)</script>';
    const markup = renderStaticMap(evil, BASEMAP_FIXTURE, opening);
    expect(markup).not.toContain('<script');
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('forD3', () => {
  it('reverses every ring (d3-geo winds the other way from RFC 7946) and drops collapsed ones', () => {
    const geometry = forD3({
      type: 'MultiPolygon',
      coordinates: [
        [[[73.5, 4.2]]],
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
          [
            [0.2, 0.2],
            [0.3, 0.3],
          ],
        ],
      ],
    });
    expect(geometry.coordinates).toEqual([
      [
        [
          [0, 0],
          [1, 1],
          [1, 0],
          [0, 0],
        ],
      ],
    ]);
  });
});
