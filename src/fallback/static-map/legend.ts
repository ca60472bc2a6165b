/**
 * The static map's title block and legend: what the picture shows (view, layers, years) and a key
 * to every colour, dash and symbol in it, and nothing that is not in it (as the live legend).
 */
import type { IndexedDataset } from '../../data/dataset.ts';
import type { Overlay } from '../../map/style.ts';
import type { Side } from '../../map/sides.ts';
import type { Theme } from '../../map/theme.ts';
import type { StaticView } from './views.ts';
import { el, text } from './svg.ts';
import { APP_NAME } from '../../app-name.ts';
import { FADED_OPACITY } from '../../map/hidden.ts';

type Sample =
  | { kind: 'line'; side: Side | 'neutral'; dash?: string; round?: boolean; core?: boolean; faint?: boolean }
  | { kind: 'event' | 'place' | 'disputed' | 'arrow' | 'shade' };
type Row = { sample: Sample; label: string };

const SIDE_LABEL: Record<Side, string> = {
  russia: 'Russia’s ties',
  china: 'China’s ties',
  other: 'Ties between others',
};

/** The key's groups (colours, line styles, symbols), each listing only what the picture shows. */
export function legendModel(overlay: Overlay, fadedLabel: string | null = null): Row[][] {
  const flows = overlay.flows.features.map((f) => f.properties ?? {});
  const sides = new Set([...flows, ...overlay.routes.features.map((f) => f.properties ?? {})].map((p) => p.side));
  const has = (test: (p: Record<string, unknown>) => boolean) => flows.some(test);
  const line = (extra: Partial<Extract<Sample, { kind: 'line' }>> = {}): Sample => ({
    kind: 'line',
    side: 'neutral',
    ...extra,
  });

  const colours: Row[] = (['russia', 'china', 'other'] as Side[])
    .filter((s) => sides.has(s))
    .map((s) => ({ sample: line({ side: s }), label: SIDE_LABEL[s] }));

  const styles: Row[] = [];
  if (has((p) => p.certainty !== 'planned' && Boolean(p.hasValue)))
    styles.push({ sample: line(), label: 'With a figure (wider: larger)' });
  if (has((p) => p.certainty !== 'planned' && !p.hasValue))
    styles.push({ sample: line({ dash: '5 3' }), label: 'No width figure' });
  if (has((p) => p.certainty === 'reported')) styles.push({ sample: line({ core: true }), label: 'Reported (hollow)' });
  if (has((p) => p.certainty === 'planned'))
    styles.push({ sample: line({ dash: '0.1 6', round: true }), label: 'Planned (dotted)' });
  if (has((p) => p.certainty === 'disputed')) styles.push({ sample: { kind: 'disputed' }, label: 'Disputed (“?”)' });
  // Each tie's arc carries one arrow at its middle (render.ts), from the first party to the second.
  if (flows.length > 0) styles.push({ sample: { kind: 'arrow' }, label: 'Direction of the tie' });
  // The live legend's words for the faint lines (legend-model.ts), when some are.
  if (fadedLabel) styles.push({ sample: line({ faint: true }), label: fadedLabel });

  const symbols: Row[] = [];
  const roles = new Set(overlay.places.features.map((f) => f.properties?.role));
  if (roles.has('event'))
    symbols.push({ sample: { kind: 'event' }, label: 'Events at a place or places close by (number)' });
  if (roles.has('anchor')) symbols.push({ sample: { kind: 'place' }, label: 'Place where a tie is anchored' });
  if (overlay.routes.features.length > 0) symbols.push({ sample: line(), label: 'Rail route (schematic)' });
  if (overlay.involvement.size > 0)
    symbols.push({ sample: { kind: 'shade' }, label: 'Country named in these entries' });
  return [colours, styles, symbols];
}

const ROW = 19;
const FONT = 13;
const PAD = 8;
const SAMPLE_WIDTH = 30;

function drawSample(sample: Sample, x: number, y: number, theme: Theme): string {
  const line = (colour: string, width: number, extra: Record<string, string | number> = {}) =>
    el('line', { x1: x, y1: y, x2: x + SAMPLE_WIDTH, y2: y, stroke: colour, 'stroke-width': width, ...extra });
  switch (sample.kind) {
    case 'line': {
      const colour = sample.side === 'neutral' ? theme.label : theme[sample.side];
      const cls = sample.side === 'neutral' ? 'ink' : sample.side;
      return (
        line(colour, 4, {
          class: cls,
          ...(sample.dash ? { 'stroke-dasharray': sample.dash } : {}),
          ...(sample.round ? { 'stroke-linecap': 'round' } : {}),
          ...(sample.faint ? { opacity: FADED_OPACITY } : {}),
        }) + (sample.core ? line(theme.land, 1.8, { class: 'core' }) : '')
      );
    }
    case 'event':
      return el('circle', { class: 'event-disc', cx: x + 15, cy: y, r: 7, fill: theme.event });
    case 'place':
      return el('circle', {
        class: 'place',
        cx: x + 15,
        cy: y,
        r: 4,
        fill: theme.land,
        stroke: theme.place,
        'stroke-width': 1.5,
      });
    case 'disputed':
      return (
        line(theme.label, 4, { class: 'ink' }) +
        el(
          'text',
          {
            class: 'mark',
            x: x + 15,
            y: y + 5,
            'text-anchor': 'middle',
            'font-size': 15,
            'font-weight': 600,
            fill: theme.label,
            stroke: theme.land,
            'stroke-width': 3,
            'paint-order': 'stroke',
          },
          '?',
        )
      );
    case 'arrow':
      return (
        line(theme.label, 2, { class: 'ink' }) +
        el('path', {
          class: 'ink',
          d: `M${x + 11},${y - 5}L${x + 16},${y}L${x + 11},${y + 5}`,
          fill: 'none',
          stroke: theme.label,
          'stroke-width': 2.5,
          'stroke-linecap': 'round',
          'stroke-linejoin': 'round',
        })
      );
    case 'shade':
      return el('rect', {
        class: `shade-${theme.involvement.length - 1}`,
        x: x + 5,
        y: y - 6,
        width: 20,
        height: 12,
        fill: theme.involvement[theme.involvement.length - 1],
      });
  }
}

/** Estimated width of a line of text (Noto Sans averages about 0.55 em a character). */
const textWidth = (label: string, fontSize = FONT) => label.length * fontSize * 0.55;

/**
 * The key, as a band under the map: one line per group (colours, line styles, symbols), items
 * flowing onto the next line when the picture is too narrow; the credits on the last line.
 */
export function drawLegend(
  groups: Row[][],
  credits: string,
  theme: Theme,
  width: number,
  top: number,
): { height: number; markup: string } {
  const items: string[] = [];
  let y = top + PAD + ROW / 2;
  for (const group of groups.filter((g) => g.length > 0)) {
    let x = PAD;
    for (const row of group) {
      const itemWidth = SAMPLE_WIDTH + 6 + textWidth(row.label) + 18;
      if (x > PAD && x + itemWidth > width - PAD) {
        x = PAD;
        y += ROW;
      }
      items.push(
        drawSample(row.sample, x, y, theme) +
          el(
            'text',
            { class: 'ink', x: x + SAMPLE_WIDTH + 6, y: y + 4.5, 'font-size': FONT, fill: theme.label },
            text(row.label),
          ),
      );
      x += itemWidth;
    }
    y += ROW;
  }
  items.push(el('text', { class: 'ink', x: PAD, y: y + 4, 'font-size': 11, fill: theme.label }, text(credits)));
  const height = y + ROW / 2 + PAD - top;
  return { height, markup: el('g', { class: 'legend' }, ...items) };
}

/** The title band above the map: which view, which layers, which years. */
export function drawHeader(
  d: IndexedDataset,
  view: StaticView,
  theme: Theme,
  width: number,
): { height: number; markup: string } {
  const title = `${APP_NAME}: ${view.title}`;
  const layerNames = view.layers.map((id) => d.layerById.get(id)?.name ?? id).join(', ');
  const when = !view.time ? 'all years' : view.time.mode === 'at' ? `in ${view.time.year}` : `up to ${view.time.year}`;
  const detail = `Layers: ${layerNames || 'none'}; ${when}`;
  const titleSize = textWidth(title, 18) > width - 2 * PAD ? 15 : 18;
  return {
    height: 56,
    markup: el(
      'g',
      { class: 'header' },
      el(
        'text',
        { class: 'ink', x: PAD, y: 24, 'font-size': titleSize, 'font-weight': 600, fill: theme.label },
        text(title),
      ),
      el('text', { class: 'ink', x: PAD, y: 45, 'font-size': FONT, fill: theme.label }, text(detail)),
    ),
  };
}
