/**
 * The static map's title block and legend: what the picture shows (view, layers, years) and a key
 * to every colour, dash and symbol in it, and nothing that is not in it (as the live legend).
 */
import type { IndexedDataset } from '../../data/dataset.ts';
import type { Overlay } from '../../map/style.ts';
import type { Side } from '../../map/sides.ts';
import type { Theme } from '../../map/theme.ts';
import { leastCovered, type Box } from './labels.ts';
import type { Size } from './globe.ts';
import type { StaticView } from './views.ts';
import { el, text } from './svg.ts';

type Sample =
  | { kind: 'line'; side: Side | 'neutral'; dash?: string; round?: boolean; core?: boolean }
  | { kind: 'event' | 'place' | 'disputed' | 'shade' };
type Row = { sample: Sample; label: string };

const SIDE_LABEL: Record<Side, string> = {
  russia: 'Russia’s ties',
  china: 'China’s ties',
  other: 'Ties between others',
};

export function legendModel(overlay: Overlay): Row[] {
  const flows = overlay.flows.features.map((f) => f.properties ?? {});
  const sides = new Set([...flows, ...overlay.routes.features.map((f) => f.properties ?? {})].map((p) => p.side));
  const has = (test: (p: Record<string, unknown>) => boolean) => flows.some(test);
  const rows: Row[] = (['russia', 'china', 'other'] as Side[])
    .filter((s) => sides.has(s))
    .map((s) => ({ sample: { kind: 'line', side: s }, label: SIDE_LABEL[s] }));
  if (has((p) => p.certainty !== 'planned' && Boolean(p.hasValue)))
    rows.push({ sample: { kind: 'line', side: 'neutral' }, label: 'With a figure (wider: larger)' });
  if (has((p) => p.certainty !== 'planned' && !p.hasValue))
    rows.push({ sample: { kind: 'line', side: 'neutral', dash: '5 3' }, label: 'No figure given' });
  if (has((p) => p.certainty === 'reported'))
    rows.push({ sample: { kind: 'line', side: 'neutral', core: true }, label: 'Reported by the source (hollow)' });
  if (has((p) => p.certainty === 'planned'))
    rows.push({ sample: { kind: 'line', side: 'neutral', dash: '0.1 6', round: true }, label: 'Planned (dotted)' });
  if (has((p) => p.certainty === 'disputed')) rows.push({ sample: { kind: 'disputed' }, label: 'Disputed (“?”)' });
  const roles = new Set(overlay.places.features.map((f) => f.properties?.role));
  if (roles.has('event')) rows.push({ sample: { kind: 'event' }, label: 'Events at a place (number)' });
  if (roles.has('anchor')) rows.push({ sample: { kind: 'place' }, label: 'Place where a tie is anchored' });
  if (overlay.routes.features.length > 0)
    rows.push({ sample: { kind: 'line', side: 'neutral' }, label: 'Rail route (schematic)' });
  if (overlay.involvement.size > 0) rows.push({ sample: { kind: 'shade' }, label: 'Country named in these entries' });
  return rows;
}

const ROW = 19;
const FONT = 12;
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

const panel = (box: Box, theme: Theme) =>
  el('rect', {
    class: 'panel',
    x: box.left,
    y: box.top,
    width: box.right - box.left,
    height: box.bottom - box.top,
    rx: 6,
    fill: theme.land,
    'fill-opacity': 0.92,
    stroke: theme.border,
    'stroke-width': 0.8,
  });

/**
 * The key, in a panel in the corner where it hides the least of the data (`points`, on screen):
 * lower left, lower right (above the attribution) or upper right.
 */
export function drawLegend(
  rows: Row[],
  theme: Theme,
  size: Size,
  points: [number, number][],
): { box: Box; markup: string } {
  if (rows.length === 0) return { box: { left: 0, top: size.height, right: 0, bottom: size.height }, markup: '' };
  const width = PAD * 2 + SAMPLE_WIDTH + 8 + Math.max(...rows.map((r) => r.label.length)) * FONT * 0.55;
  const height = PAD * 2 + rows.length * ROW;
  const at = (left: number, top: number): Box => ({ left, top, right: left + width, bottom: top + height });
  const box = leastCovered(
    [
      at(8, size.height - 8 - height),
      at(size.width - 8 - width, size.height - 24 - height),
      at(size.width - 8 - width, 8),
    ],
    points,
  );
  const items = rows.map((row, i) => {
    const y = box.top + PAD + ROW * i + ROW / 2;
    return (
      drawSample(row.sample, box.left + PAD, y, theme) +
      el(
        'text',
        { class: 'ink', x: box.left + PAD + SAMPLE_WIDTH + 8, y: y + 4, 'font-size': FONT, fill: theme.label },
        text(row.label),
      )
    );
  });
  return { box, markup: el('g', { class: 'legend' }, panel(box, theme), ...items) };
}

/** The title block in the upper left corner: which view, which layers, which years. */
export function drawHeader(
  d: IndexedDataset,
  view: StaticView,
  theme: Theme,
  size: Size,
): { box: Box; markup: string } {
  const title = `Russia’s pivot to Asia: ${view.title}`;
  const layerNames = view.layers.map((id) => d.layerById.get(id)?.name ?? id).join(', ');
  const when = !view.time ? 'all years' : view.time.mode === 'at' ? `in ${view.time.year}` : `up to ${view.time.year}`;
  const detail = `${layerNames || 'No layers'}; ${when}`;
  const width = Math.min(size.width - 16, PAD * 2 + Math.max(title.length * 16 * 0.56, detail.length * FONT * 0.55));
  const box = { left: 8, top: 8, right: 8 + width, bottom: 8 + PAD * 2 + 20 + 18 };
  return {
    box,
    markup: el(
      'g',
      { class: 'header' },
      panel(box, theme),
      el(
        'text',
        {
          class: 'ink',
          x: box.left + PAD,
          y: box.top + PAD + 15,
          'font-size': 16,
          'font-weight': 600,
          fill: theme.label,
        },
        text(title),
      ),
      el(
        'text',
        { class: 'ink', x: box.left + PAD, y: box.top + PAD + 35, 'font-size': FONT, fill: theme.label },
        text(detail),
      ),
    ),
  };
}
