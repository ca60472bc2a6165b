import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLIDE_PAGE } from './slide-image.ts';

const css = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** The value given to `--name` in the first rule of `sheet` that sets it. */
function variable(sheet: string, name: string): string | undefined {
  return new RegExp(`--${name}:\\s*([^;]+);`).exec(sheet)?.[1].trim();
}

describe('the slide’s page colours', () => {
  const page = css('../styles.css');
  const projector = css('../modes/present.css').split(":root[data-theme='projector']")[1];

  it('are the page’s, in the light and dark themes (styles.css) and the projector’s (present.css)', () => {
    for (const name of ['bg', 'fg', 'muted', 'line'] as const) {
      expect(variable(page, name), name).toBe(`light-dark(${SLIDE_PAGE.light[name]}, ${SLIDE_PAGE.dark[name]})`);
      expect(variable(projector, name), name).toBe(SLIDE_PAGE.projector[name]);
    }
  });
});
