import { describe, expect, it, vi } from 'vitest';
import { supportsWebGL2 } from './webgl.ts';

/** A document whose canvases answer `getContext` as given. */
function documentWith(getContext: (type: string) => unknown) {
  return { createElement: () => ({ getContext }) as unknown as HTMLCanvasElement };
}

describe('supportsWebGL2', () => {
  it('is true when a WebGL2 context can be made, and gives the probe’s context back', () => {
    const loseContext = vi.fn();
    const gl = { getExtension: (name: string) => (name === 'WEBGL_lose_context' ? { loseContext } : null) };
    const types: string[] = [];
    expect(supportsWebGL2(documentWith((type) => (types.push(type), gl)))).toBe(true);
    expect(types).toEqual(['webgl2']);
    expect(loseContext).toHaveBeenCalledOnce();
  });
  it('is false when WebGL is turned off (getContext gives null)', () => {
    expect(supportsWebGL2(documentWith(() => null))).toBe(false);
  });
  it('is false when only WebGL 1 exists: MapLibre 6 needs WebGL2', () => {
    expect(supportsWebGL2(documentWith((type) => (type === 'webgl' ? { getExtension: () => null } : null)))).toBe(
      false,
    );
  });
  it('is false when a hardened browser throws instead', () => {
    expect(
      supportsWebGL2(
        documentWith(() => {
          throw new Error('blocked');
        }),
      ),
    ).toBe(false);
  });
});
