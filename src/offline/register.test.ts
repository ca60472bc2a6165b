import { describe, expect, it } from 'vitest';
import { framingOf, shouldRegister, type Environment } from './register.ts';

const ok: Environment = { production: true, webgl: true, hasServiceWorker: true, secureContext: true, framing: 'top' };

describe('shouldRegister', () => {
  it('registers in the built app, at the top of a secure page that has service workers', () => {
    expect(shouldRegister(ok)).toBe(true);
    expect(shouldRegister({ ...ok, framing: 'same-origin' })).toBe(true);
  });
  it('never in the dev server, without service workers, on an insecure page, or in another site’s frame', () => {
    expect(shouldRegister({ ...ok, production: false })).toBe(false);
    expect(shouldRegister({ ...ok, hasServiceWorker: false })).toBe(false);
    expect(shouldRegister({ ...ok, secureContext: false })).toBe(false);
    expect(shouldRegister({ ...ok, framing: 'cross-origin' })).toBe(false);
  });
  it('never without WebGL: the offline copy holds the map engine, which that browser must not download', () => {
    expect(shouldRegister({ ...ok, webgl: false })).toBe(false);
  });
});

describe('framingOf', () => {
  const location = { origin: 'https://maps.example.org' };
  it('knows a top-level page', () => {
    const win = { location } as unknown as Window;
    Object.assign(win, { self: win, top: win });
    expect(framingOf(win)).toBe('top');
  });
  it('knows a frame of the same site', () => {
    const top = { location };
    const win = { location, top } as unknown as Window;
    Object.assign(win, { self: win });
    expect(framingOf(win)).toBe('same-origin');
  });
  it('knows another site’s frame, whose location it may not read', () => {
    const top = {
      get location(): Location {
        throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
      },
    };
    const win = { location, top } as unknown as Window;
    Object.assign(win, { self: win });
    expect(framingOf(win)).toBe('cross-origin');
  });
});
