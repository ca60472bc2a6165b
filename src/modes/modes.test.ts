import { describe, expect, it } from 'vitest';
import { isPresenting, resolveTheme } from './modes.ts';

describe('resolveTheme', () => {
  it('follows the reader’s scheme on auto and the choice otherwise', () => {
    expect(resolveTheme('auto', 'dark', false).name).toBe('dark');
    expect(resolveTheme('auto', 'light', false).name).toBe('light');
    expect(resolveTheme('light', 'dark', false).name).toBe('light');
    expect(resolveTheme('dark', 'light', false).name).toBe('dark');
  });

  it('uses the projector palette, with larger labels, whenever presenting', () => {
    const theme = resolveTheme('dark', 'dark', true);
    expect(theme.name).toBe('projector');
    expect(theme.labelScale).toBeGreaterThan(resolveTheme('auto', 'light', false).labelScale);
  });
});

describe('isPresenting', () => {
  it('is off in an embed even when the address asks for it', () => {
    expect(isPresenting({ present: true, embed: false })).toBe(true);
    expect(isPresenting({ present: true, embed: true })).toBe(false);
  });
});
