/**
 * The legend drawn on a canvas, from the same model as the on-screen legend (legend-model.ts):
 * each item's sample (the canvas twin of legend/samples.tsx) and its label, wrapped to the
 * column. `layoutLegend` measures first, so the slide can pick a type size that fits.
 */
import { PRINTED_EMPTY_LEGEND_TEXT, type LegendModel, type SampleSpec } from '../legend/legend-model.ts';
import type { Theme } from '../map/theme.ts';
import { wrapText } from './text-wrap.ts';

export const FONT_FAMILY = '"Noto Sans", system-ui, sans-serif';
const font = (size: number, weight = 400) => `${weight} ${size}px ${FONT_FAMILY}`;

const SAMPLE_WIDTH = 60;
const SAMPLE_GAP = 14;

type Box = { x: number; y: number; width: number };
type Colours = { fg: string; muted: string };

/** Draws the legend (or only measures it, with `draw` false); returns the height it takes. */
export function layoutLegend(
  ctx: CanvasRenderingContext2D,
  model: LegendModel,
  theme: Theme,
  colours: Colours,
  box: Box,
  size: number,
  draw: boolean,
): number {
  const lineHeight = Math.round(size * 1.3);
  let y = box.y;
  const text = (line: string, x: number, weight = 400, colour = colours.fg, px = size) => {
    ctx.font = font(px, weight);
    ctx.fillStyle = colour;
    ctx.textBaseline = 'alphabetic';
    if (draw) ctx.fillText(line, x, y + px);
  };

  ctx.font = font(size * 1.2, 600);
  text('Legend', box.x, 600, colours.fg, size * 1.2);
  y += size * 1.2 + size * 0.7;

  if (model.empty) {
    ctx.font = font(size);
    for (const line of wrapText(PRINTED_EMPTY_LEGEND_TEXT, box.width, measure(ctx))) {
      text(line, box.x, 400, colours.muted);
      y += lineHeight;
    }
  }

  /** A caption over items that need one (the widths' keys, the shading's ramp), a size smaller. */
  const caption = (words: string) => {
    ctx.font = font(size * 0.9);
    for (const line of wrapText(words, box.width, measure(ctx))) {
      text(line, box.x, 400, colours.fg, size * 0.9);
      y += Math.round(size * 0.9 * 1.3);
    }
    y += size * 0.25;
  };

  const labelX = box.x + SAMPLE_WIDTH + SAMPLE_GAP;
  const labelWidth = box.width - SAMPLE_WIDTH - SAMPLE_GAP;
  for (const group of model.groups) {
    if (group.captioned) caption(group.name);
    for (const item of group.items) {
      ctx.font = font(size);
      const lines = wrapText(item.label, labelWidth, measure(ctx));
      if (draw) drawSample(ctx, item.sample, theme, box.x, y + lineHeight / 2 + size * 0.08);
      for (const line of lines) {
        text(line, labelX);
        y += lineHeight;
      }
      y += size * 0.35;
    }
    y += size * 0.5;
  }

  if (model.ramp) {
    caption(model.ramp.name);
    const cellHeight = Math.round(size * 1.4);
    const cellWidth = box.width / model.ramp.cells.length;
    model.ramp.cells.forEach((cell, i) => {
      if (!draw) return;
      const x = box.x + i * cellWidth;
      ctx.fillStyle = cell.colour;
      ctx.fillRect(x, y, cellWidth, cellHeight);
      ctx.font = font(size * 0.8);
      ctx.fillStyle = cell.text;
      ctx.textAlign = 'center';
      ctx.fillText(cell.label, x + cellWidth / 2, y + cellHeight / 2 + size * 0.28);
      ctx.textAlign = 'left';
    });
    y += cellHeight;
  }
  return y - box.y;
}

const measure = (ctx: CanvasRenderingContext2D) => (t: string) => ctx.measureText(t).width;

/** One sample, centred vertically on `midY`, in a box SAMPLE_WIDTH wide starting at `x`. */
function drawSample(ctx: CanvasRenderingContext2D, spec: SampleSpec, theme: Theme, x: number, midY: number) {
  ctx.save();
  const line = (colour: string, width: number, dash: number[] = [], cap: CanvasLineCap = 'butt') => {
    ctx.beginPath();
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.setLineDash(dash);
    ctx.lineCap = cap;
    ctx.moveTo(x + 4, midY);
    ctx.lineTo(x + SAMPLE_WIDTH - 4, midY);
    ctx.stroke();
  };
  const cx = x + SAMPLE_WIDTH / 2;
  const disc = (radius: number, fill: string, stroke: string, strokeWidth: number) => {
    ctx.beginPath();
    ctx.arc(cx, midY, radius, 0, 2 * Math.PI);
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.lineWidth = strokeWidth;
    ctx.strokeStyle = stroke;
    ctx.stroke();
  };
  if (spec.kind === 'line') {
    ctx.globalAlpha = spec.opacity ?? 1;
    line(spec.colour, spec.width, spec.dash, spec.round ? 'round' : 'butt');
    if (spec.core) line(spec.core, spec.width * 0.45);
  } else if (spec.marker === 'event') {
    disc(11, theme.event, theme.land, 1.5);
    ctx.font = font(14, 600);
    ctx.fillStyle = theme.land;
    ctx.textAlign = 'center';
    ctx.fillText('2', cx, midY + 5);
  } else if (spec.marker === 'place') {
    disc(5, theme.land, theme.place, 2);
  } else if (spec.marker === 'disputed') {
    line(theme.label, 4);
    ctx.font = font(19, 600);
    ctx.textAlign = 'center';
    ctx.lineWidth = 4;
    ctx.strokeStyle = theme.land;
    ctx.strokeText('?', cx, midY + 7);
    ctx.fillStyle = theme.label;
    ctx.fillText('?', cx, midY + 7);
  } else {
    line(theme.label, 3);
    ctx.beginPath();
    ctx.moveTo(cx - 6, midY - 8);
    ctx.lineTo(cx + 5, midY);
    ctx.lineTo(cx - 6, midY + 8);
    ctx.lineJoin = 'round';
    ctx.stroke();
  }
  ctx.restore();
}
