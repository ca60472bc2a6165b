/**
 * Click-to-details: a click on a flow to the details panel's heading painted (paint-probe.ts), the
 * probe armed on the map's canvas.
 */
import type { Page } from '@playwright/test';
import { waitForIdle } from './browser.ts';
import { armPaintProbe, readPaintProbe, type PaintTiming } from './paint-probe.ts';
import { topPointOnLine } from '../point-on-line.ts';

export type ClickResult = PaintTiming & { relationId: string };

/** Page position of a point on the flow `relationId` where a click reaches it; with `relationId` null, of any flow. */
function pointOnFlow(page: Page, relationId: string | null) {
  return page.evaluate(topPointOnLine, { kind: 'flow', id: relationId } as const);
}

/** Hovers the flow, waits for the hover to settle, then clicks it and times the details. */
export async function measureClick(page: Page, relationId: string): Promise<ClickResult> {
  const point = (await pointOnFlow(page, relationId)) ?? (await pointOnFlow(page, null));
  if (!point) throw new Error(`no flow is on top anywhere on screen (looked for ${relationId} first)`);
  await page.mouse.move(point.x, point.y);
  await waitForIdle(page);
  await armPaintProbe(page.locator('.maplibregl-canvas'), '.details-panel h2');
  await page.mouse.click(point.x, point.y);
  return { ...(await readPaintProbe(page)), relationId: point.id };
}
