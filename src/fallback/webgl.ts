/**
 * Whether this browser can draw the live map, checked before anything loads the map engine.
 * MapLibre GL JS 6 draws only with WebGL2 (its `contextType` is restricted to 'webgl2'; it has no
 * `supported()` check of its own any more), so a browser with WebGL 1 alone cannot draw it either.
 * A software renderer (SwiftShader, llvmpipe) is WebGL all the same: the check does not ask for a
 * fast GPU. WebGL is missing with iOS Lockdown Mode, hardened browsers, or a blocklisted driver.
 */
type CanvasMaker = { createElement(tag: 'canvas'): HTMLCanvasElement };

export function supportsWebGL2(doc: CanvasMaker = document): boolean {
  try {
    const gl = doc.createElement('canvas').getContext('webgl2', { failIfMajorPerformanceCaveat: false });
    if (!gl) return false;
    // Give the probe's context back at once: browsers keep only a few alive per page.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    // Some hardened browsers throw instead of returning null.
    return false;
  }
}

let answer: boolean | undefined;

/** This page's answer, checked once (the app and the offline set-up both ask). */
export function pageHasWebGL2(): boolean {
  answer ??= supportsWebGL2();
  return answer;
}
