/**
 * A 1920×1080 image of the view for a slide: the map as drawn, a title and what the view shows
 * (layers, years), the legend, and a footer with the documents cited, the basemap's credit, the
 * data version, the day it was made and the view's address. Drawn on a canvas so it needs no
 * screenshot tool and no request to another host.
 */
import type { LegendModel } from '../legend/legend-model.ts';
import type { Theme, ThemeName } from '../map/theme.ts';
import { FONT_FAMILY, layoutLegend } from './draw-legend.ts';
import { fitWithEllipsis, wrapText } from './text-wrap.ts';

export const SLIDE = { width: 1920, height: 1080 };

export type SlideContent = {
  title: string;
  caption: string;
  map: HTMLCanvasElement | null;
  legend: LegendModel;
  theme: Theme;
  sources: string;
  version: string;
  url: string;
};

/** The light theme's page, which the handout's paper theme shares as its map does (map/theme.ts). */
const LIGHT_PAGE = { bg: '#fbfaf7', fg: '#22201c', muted: '#5e5a52', line: '#d9d4ca' };

/**
 * The page's own colours for each theme (styles.css, and present.css for the projector's), so a dark
 * map sits on a dark slide. A canvas cannot read CSS variables: slide-image.test.ts holds them together.
 */
export const SLIDE_PAGE: Record<ThemeName, { bg: string; fg: string; muted: string; line: string }> = {
  light: LIGHT_PAGE,
  dark: { bg: '#12181d', fg: '#e8ecef', muted: '#a4adb5', line: '#34404a' },
  projector: { bg: '#ffffff', fg: '#000000', muted: '#2e2e2e', line: '#6b6b6b' },
  // Not a screen's theme: the handout's map alone is drawn in it (PrintHandout.tsx).
  paper: LIGHT_PAGE,
};

const PAD = 56;
const MAP_BOX = { x: PAD, y: 196, width: 1300, height: 764 };
const LEGEND_X = MAP_BOX.x + MAP_BOX.width + 44;
const LEGEND_BOX = { x: LEGEND_X, y: MAP_BOX.y, width: SLIDE.width - PAD - LEGEND_X, height: MAP_BOX.height };
const LEGEND_SIZES = [26, 24, 22, 20, 18, 16];

const font = (size: number, weight = 400) => `${weight} ${size}px ${FONT_FAMILY}`;

export function drawSlide(ctx: CanvasRenderingContext2D, c: SlideContent) {
  const page = SLIDE_PAGE[c.theme.name];
  const measure = (t: string) => ctx.measureText(t).width;
  const textWidth = SLIDE.width - 2 * PAD;
  ctx.fillStyle = page.bg;
  ctx.fillRect(0, 0, SLIDE.width, SLIDE.height);

  ctx.fillStyle = page.fg;
  ctx.font = font(54, 600);
  ctx.fillText(fitWithEllipsis(c.title, textWidth, measure), PAD, 104);
  ctx.fillStyle = page.muted;
  ctx.font = font(30);
  ctx.fillText(fitWithEllipsis(c.caption, textWidth, measure), PAD, 158);

  drawMap(ctx, c.map, c.theme, page.line);

  // The largest type size at which the whole legend fits beside the map.
  const colours = { fg: page.fg, muted: page.muted };
  const size =
    LEGEND_SIZES.find(
      (s) => layoutLegend(ctx, c.legend, c.theme, colours, LEGEND_BOX, s, false) <= LEGEND_BOX.height,
    ) ?? LEGEND_SIZES.at(-1)!;
  ctx.save();
  ctx.beginPath();
  ctx.rect(LEGEND_BOX.x, LEGEND_BOX.y, LEGEND_BOX.width, LEGEND_BOX.height);
  ctx.clip();
  layoutLegend(ctx, c.legend, c.theme, colours, LEGEND_BOX, size, true);
  ctx.restore();

  const footerTop = MAP_BOX.y + MAP_BOX.height + 22;
  ctx.fillStyle = page.line;
  ctx.fillRect(PAD, footerTop, textWidth, 1);
  ctx.fillStyle = page.fg;
  ctx.font = font(22);
  const [sources] = wrapText(c.sources, textWidth, measure, 1);
  ctx.fillText(sources, PAD, footerTop + 36);
  ctx.fillStyle = page.muted;
  ctx.font = font(20);
  ctx.fillText(fitWithEllipsis(`${c.version} · ${c.url}`, textWidth, measure), PAD, footerTop + 70);
}

/**
 * The map scaled to fit its box whole (never cropped), with a thin frame round it. Around the
 * globe the map's canvas is left undrawn, so the slide's own page shows there, as the app's page
 * does round it on screen: on a box filled with the sea's colour the globe lost its rim.
 */
function drawMap(ctx: CanvasRenderingContext2D, map: HTMLCanvasElement | null, theme: Theme, frame: string) {
  let drawn = MAP_BOX;
  if (map && map.width > 0 && map.height > 0) {
    const scale = Math.min(MAP_BOX.width / map.width, MAP_BOX.height / map.height);
    const [width, height] = [map.width * scale, map.height * scale];
    drawn = { x: MAP_BOX.x + (MAP_BOX.width - width) / 2, y: MAP_BOX.y + (MAP_BOX.height - height) / 2, width, height };
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(map, drawn.x, drawn.y, width, height);
  } else {
    ctx.fillStyle = theme.sea;
    ctx.fillRect(drawn.x, drawn.y, drawn.width, drawn.height);
    ctx.fillStyle = theme.label;
    ctx.font = font(28);
    ctx.textAlign = 'center';
    ctx.fillText('The map could not be drawn here.', drawn.x + drawn.width / 2, drawn.y + drawn.height / 2);
    ctx.textAlign = 'left';
  }
  ctx.strokeStyle = frame;
  ctx.lineWidth = 1;
  ctx.strokeRect(drawn.x + 0.5, drawn.y + 0.5, drawn.width - 1, drawn.height - 1);
}

export async function slidePng(content: SlideContent): Promise<Blob> {
  // The canvas draws text only in fonts the page has loaded.
  await Promise.all([document.fonts.load(font(20)), document.fonts.load(font(20, 600))]);
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE.width;
  canvas.height = SLIDE.height;
  drawSlide(canvas.getContext('2d')!, content);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG.'))),
      'image/png',
    ),
  );
}
