import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_NAME } from './app-name.ts';

describe('the map’s name, where CSS must spell it', () => {
  it('heads the printed handout’s pages as the app names the map (handout.css cannot import it)', () => {
    const css = readFileSync(new URL('./share/handout.css', import.meta.url), 'utf8');
    expect(/@bottom-left\s*\{\s*content:\s*'([^']+)'/.exec(css)?.[1]).toBe(`${APP_NAME} · classroom handout`);
  });
});
