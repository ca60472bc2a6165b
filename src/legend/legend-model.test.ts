import { describe, expect, it } from 'vitest';
import { THEMES } from '../map/theme.ts';
import { visibleEntries } from '../data/visible.ts';
import type { Focus } from '../map/focus.ts';
import { testDataset } from '../table/test-dataset.ts';
import {
  CHAPTER_FOCUS_LABEL,
  FOCUS_LABEL,
  legendModel,
  readableOn,
  UNDATED_LABEL,
  WIDTH_CAPTION,
} from './legend-model.ts';

const theme = THEMES.light;
const labels = (model: ReturnType<typeof legendModel>) =>
  Object.fromEntries(model.groups.map((g) => [g.name, g.items.map((i) => i.label)]));

describe('the legend model', () => {
  it('explains what the arms layer draws, and nothing else', () => {
    const model = legendModel(testDataset(), ['arms'], null, theme);
    expect(model.empty).toBe(false);
    expect(labels(model)).toEqual({
      Colours: ['Russia’s ties', 'China’s ties'],
      [WIDTH_CAPTION]: ['$200 million', '$2.5 billion', '5%', '80%'],
      'Line styles': [
        'Stated by the source',
        'Reported: the source attributes it to someone (hollow)',
        'Disputed: competing figures or claims (“?”)',
        'Direction of the tie',
      ],
      Symbols: ['Events at a place or places close by (number)', 'Place where a tie is anchored'],
    });
    expect(model.ramp?.cells.map((c) => c.colour)).toEqual(theme.involvement);
  });

  it('in a year view, explains the faint lines when an undated tie is shown', () => {
    const faint = (time: Parameters<typeof legendModel>[2]) =>
      legendModel(testDataset(), ['diplomacy'], time, theme).groups.flatMap((g) => g.items.map((i) => i.label));
    expect(faint({ year: 2010, mode: 'at' })).toContain(UNDATED_LABEL);
    expect(faint(null)).not.toContain(UNDATED_LABEL);
  });

  it('explains the faint lines while a selection singles out some, in place of the undated ones', () => {
    const d = testDataset();
    const time = { year: 2010, mode: 'at' } as const;
    const faint = (focus: Focus | null) =>
      legendModel(d, ['diplomacy', 'arms'], time, theme, focus).groups.flatMap((g) => g.items.map((i) => i.label));
    const shown = visibleEntries(d, ['arms'], time).relations[0];
    expect(faint({ kind: 'relation', id: shown.id })).toContain(FOCUS_LABEL);
    expect(faint({ kind: 'relation', id: shown.id })).not.toContain(UNDATED_LABEL);
    // A choice no line in the view is about fades nothing.
    expect(faint({ kind: 'relation', id: 'no-such-tie' })).not.toContain(FOCUS_LABEL);
    expect(faint(null)).toContain(UNDATED_LABEL);
    // A tour chapter's entries stand out as a selection does; the legend says why in its words.
    expect(faint({ cites: [`relation:${shown.id}`] })).toContain(CHAPTER_FOCUS_LABEL);
    expect(faint({ cites: [`relation:${shown.id}`] })).not.toContain(FOCUS_LABEL);
  });

  it('says nothing of faint lines when the selection is about every line shown', () => {
    const d = testDataset();
    const [only] = visibleEntries(d, ['diplomacy'], null).relations;
    const labels = legendModel(d, ['diplomacy'], null, theme, { kind: 'relation', id: only.id }).groups.flatMap((g) =>
      g.items.map((i) => i.label),
    );
    expect(labels).not.toContain(FOCUS_LABEL);
    expect(labels).toContain('Direction of the tie');
  });

  it('draws samples in the theme’s colours and the scale’s widths', () => {
    const model = legendModel(testDataset(), ['arms'], null, theme);
    const colours = model.groups.find((g) => g.name === 'Colours')!.items.map((i) => i.sample);
    expect(colours).toEqual([
      { kind: 'line', colour: theme.russia, width: 5 },
      { kind: 'line', colour: theme.china, width: 5 },
    ]);
    const widths = model.groups[1].items.map((i) => (i.sample.kind === 'line' ? i.sample.width : 0));
    expect(widths[0]).toBeLessThan(widths[1]);
    expect(widths[2]).toBeLessThan(widths[3]);
  });

  it('captions the widths’ keys, which do not explain themselves, and no other group', () => {
    const model = legendModel(testDataset(), ['arms'], null, theme);
    expect(model.groups.filter((g) => g.captioned).map((g) => g.name)).toEqual([WIDTH_CAPTION]);
  });

  it('keys the widths with round numbers, not figures of a precision no source gave', () => {
    const d = testDataset();
    // The widest share "about a third" (stored as 33.3): its sixteenth is "2.08%".
    d.relations.find((r) => r.value?.amount === 80)!.value!.amount = 33.3;
    expect(labels(legendModel(d, ['arms'], null, theme))[WIDTH_CAPTION]).toEqual([
      '$200 million',
      '$2.5 billion',
      '2%',
      '33%',
    ]);
  });

  it('keys the widths with bars a reader tells apart: the thinner at most half as wide as the thicker', () => {
    const widths = legendModel(testDataset(), ['arms'], null, theme)
      .groups.find((g) => g.name === WIDTH_CAPTION)!
      .items.map(({ sample }) => (sample.kind === 'line' ? sample.width : NaN));
    for (let i = 0; i < widths.length; i += 2) expect(widths[i]).toBeLessThanOrEqual(widths[i + 1] / 2);
  });

  it('explains the dots at the ends of ties when only ties are shown, with no event or route', () => {
    const d = { ...testDataset(), events: [] };
    const v = visibleEntries(d, ['arms'], null);
    expect(v.events.length + v.routes.length).toBe(0);
    expect(v.relations.length).toBeGreaterThan(0);
    expect(labels(legendModel(d, ['arms'], null, theme)).Symbols).toEqual(['Place where a tie is anchored']);
  });

  it('is empty, with no groups, when no layer is on', () => {
    expect(legendModel(testDataset(), [], null, theme)).toEqual({ empty: true, groups: [], ramp: null });
  });

  it('mentions rail routes only when one is shown, and dashes relations without a figure', () => {
    const model = legendModel(testDataset(), ['rail', 'diplomacy'], null, theme);
    expect(labels(model).Symbols).toContain('Rail route; “schematic”: not along the track');
    expect(labels(model)['Line styles']).toContain('No width figure (dashed)');
  });

  it('labels each shade in the colour that reads on it, in both themes', () => {
    const light = legendModel(testDataset(), ['arms'], null, THEMES.light).ramp!;
    const dark = legendModel(testDataset(), ['arms'], null, THEMES.dark).ramp!;
    expect(light.cells.map((c) => c.text)).toEqual(['#1a1a1a', '#1a1a1a', '#1a1a1a', '#1a1a1a']);
    expect(dark.cells.map((c) => c.text)).toEqual(['#f2f2f2', '#f2f2f2', '#f2f2f2', '#f2f2f2']);
    expect(readableOn('#ffffff')).toBe('#1a1a1a');
    expect(readableOn('#000000')).toBe('#f2f2f2');
  });
});
