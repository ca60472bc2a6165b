/**
 * Which years the timeline labels between its two ends. The ends are always labelled; between
 * them, every 1, 2, 5, 10, 20, 50… years, the smallest step that keeps the labels apart on the
 * slider's width, so a reader can tell the year of an event's mark or of a point on the slider.
 */

/** How far apart two labels' centres must be, in label widths: a label's width of space between them. */
export const LABEL_SPACING = 2;

export type SliderGeometry = {
  /** The slider's width (px). */
  width: number;
  /** How far in from each side the thumb's centre stops (px): where the first and last years are. */
  inset: number;
  /** The width of one year's label (px). */
  labelWidth: number;
};

/**
 * The years labelled between `first` and `last`, none nearer another label than LABEL_SPACING
 * label widths; the end labels sit flush with the slider's sides, not centred on their years.
 */
export function innerYearLabels(first: number, last: number, { width, inset, labelWidth }: SliderGeometry): number[] {
  const span = last - first;
  const track = width - 2 * inset;
  if (span < 2 || track <= 0 || labelWidth <= 0) return [];
  const gap = LABEL_SPACING * labelWidth;
  const perYear = track / span;
  const step = roundSteps(span).find((s) => s * perYear >= gap);
  if (!step) return [];
  // The end labels' centres, measured from the track's ends (negative: outside the thumb's stops).
  const endCentre = labelWidth / 2 - inset;
  const years: number[] = [];
  for (let year = Math.ceil((first + 1) / step) * step; year < last; year += step) {
    const x = (year - first) * perYear;
    if (x - endCentre >= gap && track - x - endCentre >= gap) years.push(year);
  }
  return years;
}

/** 1, 2, 5, 10, 20, 50… up to `span`. */
function roundSteps(span: number): number[] {
  const steps: number[] = [];
  for (let power = 1; power <= span; power *= 10) {
    for (const m of [1, 2, 5]) if (m * power <= span) steps.push(m * power);
  }
  return steps;
}
