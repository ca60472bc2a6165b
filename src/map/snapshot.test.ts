import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { mapStyledIn, noteMapTheme, setSnapshotMap } from './snapshot.ts';

describe('mapStyledIn', () => {
  it('resolves at once without a map: nothing will draw one', async () => {
    setSnapshotMap(null);
    await expect(mapStyledIn('light')).resolves.toBeUndefined();
  });
  it('waits until MapView says the map has the theme, and no longer once it has', async () => {
    setSnapshotMap({} as MapLibreMap);
    noteMapTheme('dark');
    let styled = false;
    const waiting = mapStyledIn('light').then(() => (styled = true));
    noteMapTheme('projector');
    await Promise.resolve();
    expect(styled).toBe(false);
    noteMapTheme('light');
    await waiting;
    expect(styled).toBe(true);
    await expect(mapStyledIn('light')).resolves.toBeUndefined();
  });
});
