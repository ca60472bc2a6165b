/**
 * What the legend explains for a view, as data: groups of items, each a sample (a line or a
 * symbol, in the map's theme tokens) and its label, plus the country-shading ramp. Pure, so the
 * on-screen legend, the slide image and the printed handout all say the same thing.
 */
import type { IndexedDataset } from '../data/dataset.ts';
import type { Certainty, LayerId } from '../data/schema.ts';
import { visibleEntries } from '../data/visible.ts';
import type { TimeFilter } from '../data/time.ts';
import { FADED_OPACITY } from '../map/hidden.ts';
import { fading, isChapterFocus, type Focus } from '../map/focus.ts';
import type { Theme } from '../map/theme.ts';
import { widthScalesOf } from '../scales/cache.ts';
import { involvementClassLabels, involvementScale } from '../scales/involvement.ts';
import { involvementByCountry } from '../map/layers/countries.ts';
import { flowSide, actorSide, type Side } from '../map/sides.ts';
import { formatAmount } from '../data/format.ts';
import { contrastRatio } from '../ui/colour.ts';

export type LineSampleSpec = {
  kind: 'line';
  colour: string;
  width: number;
  /** Dash and gap lengths, in pixels of a 44-pixel sample. */
  dash?: number[];
  round?: boolean;
  /** A hollow line's inner colour. */
  core?: string;
  /** A faded line's opacity. */
  opacity?: number;
};
export type MarkerKind = 'event' | 'place' | 'disputed' | 'arrow';
export type MarkerSampleSpec = { kind: 'marker'; marker: MarkerKind };
export type SampleSpec = LineSampleSpec | MarkerSampleSpec;

export type LegendItem = { sample: SampleSpec; label: string };
/** `captioned`: the name is printed above the items, which do not explain themselves (the widths' keys). */
export type LegendGroup = { name: string; items: LegendItem[]; captioned?: true };
/** `text`: the label's colour, dark or light, whichever reads better on the cell. */
export type LegendRamp = { name: string; cells: { colour: string; label: string; text: string }[] };

export type LegendModel = {
  /** Nothing is drawn: no layer on, or nothing in the time chosen. */
  empty: boolean;
  groups: LegendGroup[];
  ramp: LegendRamp | null;
};

const SIDE_LABEL: Record<Side, string> = {
  russia: 'Russia’s ties',
  china: 'China’s ties',
  other: 'Ties between others',
};
const CERTAINTY_LABEL: Record<Certainty, string> = {
  stated: 'Stated by the source',
  reported: 'Reported: the source attributes it to someone',
  planned: 'Planned, agreed or potential',
  disputed: 'Disputed: competing figures or claims',
};
export const WIDTH_CAPTION = 'Line width: the figure given';

const toDigits = (value: number, significant: number) => Number(value.toPrecision(significant));
/**
 * The thinner width key is this fraction of the widest figure: a quarter of the way from the
 * thinnest bar to the thickest (5.75 of 3–14 px, the scale being a square root). A quarter of the
 * figure, 8.5 px beside 14, was too close to tell apart.
 */
const KEY_FRACTION = 16;

export const UNDATED_LABEL = 'Faint: no date given, so drawn in every year';
export const FOCUS_LABEL = 'Faint: ties outside the selection';
export const CHAPTER_FOCUS_LABEL = 'Faint: ties this chapter does not cite';

/** The legend's words for the faint lines (focus.ts `fading`), here and on the static map. */
export const fadedLabel = (why: 'focus' | 'undated', focus: Focus | null) =>
  why === 'undated' ? UNDATED_LABEL : isChapterFocus(focus) ? CHAPTER_FOCUS_LABEL : FOCUS_LABEL;
export const EMPTY_LEGEND_TEXT = 'Nothing is shown: turn on a layer or widen the time.';
/** A slide or a page has no layers to turn on: it says only what its view held. */
export const PRINTED_EMPTY_LEGEND_TEXT =
  'Nothing is shown in this view: no layer is on, or none has entries in its years.';
/** An embed has no layer switches: its way to other layers and years is the full map. */
export const EMBED_EMPTY_LEGEND_TEXT =
  'Nothing is shown in this view. “Open full map” lets you choose layers and years.';

export function legendModel(
  dataset: IndexedDataset,
  layers: LayerId[],
  time: TimeFilter | null,
  theme: Theme,
  /** What the map singles out (map/focus.ts), if anything: the reader's selection or a chapter's entries. */
  focus: Focus | null = null,
): LegendModel {
  const v = visibleEntries(dataset, layers, time);
  const faded = fading(dataset, v, time !== null, focus);
  const sides = new Set<Side>([
    ...v.relations.map((r) => flowSide(dataset, r.from, r.to)),
    ...v.routes.map((r) => r.properties.actors.map((a) => actorSide(dataset, a)).find(Boolean) ?? 'other'),
  ]);
  const certainties = new Set(v.relations.map((r) => r.certainty));
  const units = [...new Set(v.relations.flatMap((r) => (r.value ? [r.value.unit] : [])))];
  const noFigure = v.relations.some((r) => !r.value && r.certainty !== 'planned');
  const scales = widthScalesOf(dataset);
  const line = (width: number, extra: Partial<LineSampleSpec> = {}): SampleSpec => ({
    kind: 'line',
    colour: theme.label,
    width,
    ...extra,
  });
  const marker = (m: MarkerKind): SampleSpec => ({ kind: 'marker', marker: m });

  const groups: LegendGroup[] = [];
  const colours = (['russia', 'china', 'other'] as Side[]).filter((s) => sides.has(s));
  if (colours.length > 0)
    groups.push({
      name: 'Colours',
      items: colours.map((s) => ({ sample: { kind: 'line', colour: theme[s], width: 5 }, label: SIDE_LABEL[s] })),
    });

  // Keys to the widths, not figures: round numbers read at a glance ("2%", not "2.08%" or "a third").
  // Each unit has its own scale; one caption over them all, as "$" and "%" tell them apart.
  const widthKeys = units.flatMap((unit) => {
    const scale = scales[unit];
    if (!scale) return [];
    const max = scale.domain()[1];
    return [toDigits(max / KEY_FRACTION, 1), toDigits(max, 2)].map((value) => ({
      sample: line(scale(value)),
      label: formatAmount(value, unit),
    }));
  });
  if (widthKeys.length > 0) groups.push({ name: WIDTH_CAPTION, items: widthKeys, captioned: true });

  if (certainties.size > 0 || noFigure) {
    const items: LegendItem[] = [];
    if (certainties.has('stated')) items.push({ sample: line(4), label: CERTAINTY_LABEL.stated });
    if (noFigure) items.push({ sample: line(3, { dash: [6, 4] }), label: 'No width figure (dashed)' });
    if (certainties.has('reported'))
      items.push({ sample: line(5, { core: theme.land }), label: `${CERTAINTY_LABEL.reported} (hollow)` });
    if (certainties.has('planned'))
      items.push({ sample: line(4, { dash: [0.1, 7], round: true }), label: `${CERTAINTY_LABEL.planned} (dotted)` });
    if (certainties.has('disputed'))
      items.push({ sample: marker('disputed'), label: `${CERTAINTY_LABEL.disputed} (“?”)` });
    items.push({ sample: marker('arrow'), label: 'Direction of the tie' });
    // Named only when some line is faint: a choice about every line shown fades none.
    if (faded?.keys.length)
      items.push({
        sample: line(4, { opacity: FADED_OPACITY }),
        label: fadedLabel(faded.why, focus),
      });
    groups.push({ name: 'Line styles', items });
  }

  // Every visible tie and route ends at places drawn as dots: ties alone have them too.
  if (v.events.length > 0 || v.routes.length > 0 || v.relations.length > 0) {
    const items: LegendItem[] = [];
    if (v.events.length > 0)
      items.push({ sample: marker('event'), label: 'Events at a place or places close by (number)' });
    items.push({ sample: marker('place'), label: 'Place where a tie is anchored' });
    if (v.routes.length > 0) {
      const planned = v.routes.some((r) => r.properties.certainty === 'planned');
      items.push({
        sample: line(4),
        label: `Rail route${planned ? ' (dotted: planned)' : ''}; “schematic”: not along the track`,
      });
    }
    groups.push({ name: 'Symbols', items });
  }

  const involvement = involvementByCountry(dataset, v);
  let ramp: LegendRamp | null = null;
  if (involvement.size > 0) {
    const scale = involvementScale(Math.max(0, ...involvement.values()), theme.involvement);
    const labels = involvementClassLabels(scale);
    ramp = {
      // Russia and China are in nearly every tie, so never shaded (map/layers/countries.ts): said here.
      name: 'Countries shaded by how many visible ties and events name them (not Russia or China)',
      cells: scale.range().map((colour, i) => ({ colour, label: labels[i], text: readableOn(colour) })),
    };
  }

  return { empty: sides.size === 0 && v.events.length === 0, groups, ramp };
}

const DARK_TEXT = '#1a1a1a';
const LIGHT_TEXT = '#f2f2f2';

/** The text colour (near-black or near-white) with the higher contrast on a background. */
export function readableOn(background: string): string {
  return contrastRatio(background, DARK_TEXT) >= contrastRatio(background, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}
