import { describe, expect, it } from 'vitest';
import { chapterAfter, keysFor, keysHint, tourActionFor, type KeyContext } from './keys.ts';

const press = (key: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('tourActionFor', () => {
  it('steps forward with ArrowRight, ArrowDown and PageDown, back with ArrowLeft, ArrowUp and PageUp', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown']) expect(tourActionFor(press(key), 'free')).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(tourActionFor(press(key), 'free')).toBe('previous');
  });

  it('goes to the ends with Home and End, and leaves with Escape', () => {
    expect(tourActionFor(press('Home'), 'free')).toBe('first');
    expect(tourActionFor(press('End'), 'free')).toBe('last');
    expect(tourActionFor(press('Escape'), 'free')).toBe('leave');
  });

  it('ignores other keys', () => {
    for (const key of ['Enter', ' ', 'Tab', 'n', '+']) expect(tourActionFor(press(key), 'free')).toBeNull();
  });

  it('never takes a key from a text field or a dialog', () => {
    for (const context of ['typing', 'dialog'] as KeyContext[]) {
      for (const key of ['ArrowRight', 'PageDown', 'PageUp', 'Home', 'Escape']) {
        expect(tourActionFor(press(key), context), `${key} in ${context}`).toBeNull();
      }
    }
  });

  it('leaves arrows, Home and End to the map and to scrolling panels, but a clicker still steps there', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End']) {
      expect(tourActionFor(press(key), 'arrows-taken'), key).toBeNull();
    }
    expect(tourActionFor(press('PageDown'), 'arrows-taken')).toBe('next');
    expect(tourActionFor(press('PageUp'), 'arrows-taken')).toBe('previous');
    expect(tourActionFor(press('Escape'), 'arrows-taken')).toBe('leave');
  });

  it('never takes a key pressed with Alt, Ctrl or Meta (Alt+Left is the browser’s Back)', () => {
    expect(tourActionFor(press('ArrowLeft', { altKey: true }), 'free')).toBeNull();
    expect(tourActionFor(press('PageDown', { ctrlKey: true }), 'free')).toBeNull();
    expect(tourActionFor(press('ArrowRight', { metaKey: true }), 'free')).toBeNull();
  });
});

describe('chapterAfter', () => {
  it('steps within the tour and stops at its ends', () => {
    expect(chapterAfter('next', 3, 9)).toBe(4);
    expect(chapterAfter('next', 9, 9)).toBe(9);
    expect(chapterAfter('previous', 3, 9)).toBe(2);
    expect(chapterAfter('previous', 1, 9)).toBe(1);
    expect(chapterAfter('first', 6, 9)).toBe(1);
    expect(chapterAfter('last', 2, 9)).toBe(9);
    expect(chapterAfter('leave', 4, 9)).toBeNull();
  });
});

describe('keysFor and keysHint', () => {
  it('give the keys of each action, for aria-keyshortcuts and as a reader names them', () => {
    expect(keysFor('next')).toEqual(['ArrowRight', 'ArrowDown', 'PageDown']);
    expect(keysHint('next')).toBe('→, ↓ or Page Down');
    expect(keysHint('previous')).toBe('←, ↑ or Page Up');
    expect(keysHint('leave')).toBe('Esc');
  });
});
