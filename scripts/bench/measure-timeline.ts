/**
 * Timeline step: one year back on the Year slider (ArrowLeft on the focused range input) to the
 * map repainted. A capturing 'input' listener takes the start and subscribes to the map's next
 * `render` (the first frame drawn after the change, which may still show the old data), the
 * first render after the flows changed (new data loaded, or other years' flows hidden by
 * feature-state), and the next `idle` (everything reloaded and drawn: the map is repainted).
 */
import type { Page } from '@playwright/test';
import { longTasksBetween, type LongTasks } from './longtasks.ts';
import { probeOncePainted } from './paint-probe.ts';

export type TimelineResult = {
  toRenderMs: number;
  toFlowsMs: number;
  toIdleMs: number;
  /** To the first frame after idle: the map's last frame has then been drawn on screen. */
  toPaintedMs: number;
  longTasks: LongTasks;
};

type Probe = {
  inputAt?: number;
  renderAt?: number;
  flowsLoadedAt?: number;
  flowsAt?: number;
  idleAt?: number;
  paintedAt?: number;
};
type ProbeWindow = Window & { __benchTimeline?: Probe };

export async function measureTimeline(page: Page): Promise<TimelineResult> {
  const slider = page.locator('input[type=range]');
  await slider.focus();
  await slider.evaluate((input) => {
    const probe: Probe = {};
    (window as ProbeWindow).__benchTimeline = probe;
    const onInput = () => {
      probe.inputAt = performance.now();
      const map = window.pivotMap!;
      map.once('render', () => (probe.renderAt = performance.now()));
      map.once('idle', () => {
        probe.idleAt = performance.now();
        // Asked for inside the map's frame, so it runs once the browser has drawn that frame.
        requestAnimationFrame(() => (probe.paintedAt = performance.now()));
      });
      const flowsChanged = () => {
        if (probe.flowsLoadedAt !== undefined) return;
        probe.flowsLoadedAt = performance.now();
        map.once('render', () => (probe.flowsAt = performance.now()));
      };
      // The flows change by new data (a change of layers) or by the feature-state that hides
      // other years' flows (a step of the timeline; src/map/hidden.ts).
      map.on('sourcedata', (e) => {
        if (e.sourceId === 'lines' && e.isSourceLoaded && e.sourceDataType !== 'metadata') flowsChanged();
      });
      const setFeatureState = map.setFeatureState.bind(map);
      map.setFeatureState = (feature, state) => {
        if (feature.source === 'lines') flowsChanged();
        return setFeatureState(feature, state);
      };
    };
    input.addEventListener('input', onInput, { capture: true, once: true });
  });
  await page.keyboard.press('ArrowLeft');
  const p = await probeOncePainted<Probe>(page, '__benchTimeline', 60_000);
  return {
    toRenderMs: p.renderAt! - p.inputAt!,
    toFlowsMs: (p.flowsAt ?? p.idleAt!) - p.inputAt!,
    toIdleMs: p.idleAt! - p.inputAt!,
    toPaintedMs: p.paintedAt! - p.inputAt!,
    longTasks: await longTasksBetween(page, p.inputAt!, p.paintedAt!),
  };
}
