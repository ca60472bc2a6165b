/**
 * Opening the other views: the header's Table button to the table's first row painted, then its
 * Sources button to the first entry under a document painted (paint-probe.ts). Both render every
 * entry, so they grow with the dataset where the map does not; the first opening also loads the
 * view's code and, if not yet in, the quotes.
 */
import type { Page } from '@playwright/test';
import { armPaintProbe, readPaintProbe, type PaintTiming } from './paint-probe.ts';

export type ViewsResult = { table: PaintTiming; sources: PaintTiming };

async function openView(page: Page, name: 'Table' | 'Sources', shown: string): Promise<PaintTiming> {
  const button = page.getByRole('navigation', { name: 'View' }).getByRole('button', { name, exact: true });
  await armPaintProbe(button, shown);
  await button.click();
  return readPaintProbe(page);
}

export async function measureViews(page: Page): Promise<ViewsResult> {
  const table = await openView(page, 'Table', '.entries tbody tr');
  // The table settled, as a reader would look at it before going on.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  const sources = await openView(page, 'Sources', '.citing-list li');
  return { table, sources };
}
