/**
 * The tour's keys. A presentation clicker sends PageDown and PageUp; a keyboard has the arrows,
 * Home, End and Escape. A key belongs to the tour only where nothing else needs it:
 *
 * - nowhere while typing in a text field, or in an open dialog;
 * - arrows, Home and End not on the map where the keyboard brought the focus (they pan it; after a
 *   click on it they are the tour's), in controls that move with them (the timeline's slider, a
 *   select) or in a panel that scrolls (details, side panel, table, sources);
 * - PageDown, PageUp and Escape everywhere else, so a clicker works wherever the focus was left.
 *
 * Keys with Alt, Ctrl or Meta are never taken (Alt+Left is the browser's Back).
 */
export type TourAction = 'next' | 'previous' | 'first' | 'last' | 'leave';

/** Where the focus is, as far as the tour's keys care. */
export type KeyContext = 'typing' | 'dialog' | 'arrows-taken' | 'free';

const ACTIONS: Record<string, TourAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'leave',
};

/** Keys that move or scroll something else where that something has the focus. */
const CONTEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End']);

/** How a reader names each key, for the buttons' tooltips. */
const KEY_NAMES: Record<string, string> = {
  ArrowRight: '→',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowUp: '↑',
  PageDown: 'Page Down',
  PageUp: 'Page Up',
  Home: 'Home',
  End: 'End',
  Escape: 'Esc',
};

/** The keys that do `action`, as KeyboardEvent names: the value of a button's aria-keyshortcuts. */
export function keysFor(action: TourAction): string[] {
  return Object.keys(ACTIONS).filter((key) => ACTIONS[key] === action);
}

/** The keys that do `action`, as a reader names them: "→, ↓ or Page Down". */
export function keysHint(action: TourAction): string {
  const names = keysFor(action).map((key) => KEY_NAMES[key]);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names.join('');
}

export type KeyPress = { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean };

export function tourActionFor(press: KeyPress, context: KeyContext): TourAction | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  const action = ACTIONS[press.key];
  if (!action || context === 'typing' || context === 'dialog') return null;
  if (context === 'arrows-taken' && CONTEXT_KEYS.has(press.key)) return null;
  return action;
}

/** The chapter an action leads to from `chapter` of `count`; null to leave the tour. */
export function chapterAfter(action: TourAction, chapter: number, count: number): number | null {
  switch (action) {
    case 'next':
      return Math.min(chapter + 1, count);
    case 'previous':
      return Math.max(chapter - 1, 1);
    case 'first':
      return 1;
    case 'last':
      return count;
    case 'leave':
      return null;
  }
}

// Fields that take text: a clicker's PageDown in a checkbox, a select or the year slider (left
// focused by a teacher's click) is still the tour's, or the class sees the year change instead.
const TYPING = [
  'textarea',
  '[contenteditable]:not([contenteditable="false"])',
  'input:not([type="checkbox"], [type="radio"], [type="range"], [type="button"], [type="submit"], [type="reset"], [type="color"], [type="file"])',
].join(', ');
/** MapLibre's container, where the arrows pan the map. */
export const MAP = '.maplibregl-map';
const ARROWS_TAKEN = [
  'select',
  'input[type="range"]',
  MAP,
  '[role="slider"]',
  '[role="listbox"]',
  '[role="tablist"]',
  '[role="radiogroup"]',
  '[role="menu"]',
  '[role="grid"]',
  '.details-panel',
  '.side-panel',
  '.view-page',
].join(', ');

/** `focusByPointer`: whether the focus came by a click or a tap (useTourKeys.ts) rather than the keyboard. */
export function keyContextOf(target: EventTarget | null, focusByPointer = false): KeyContext {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return 'free';
  if (target.closest('dialog[open]')) return 'dialog';
  if (target.closest(TYPING)) return 'typing';
  // A click leaves the focus on the map too (a teacher showing a tie), and the arrows then turned
  // the globe instead of stepping the tour: the map takes them only where the keyboard brought
  // the focus to it. A mouse moves the map by dragging. (Not :focus-visible: Chromium sets it on
  // the key press being asked about.)
  if (focusByPointer && target.closest(MAP)) return 'free';
  if (target.closest(ARROWS_TAKEN)) return 'arrows-taken';
  // The chapter's text, focused where it scrolls (a 1280 × 720 projector at 150 %): the arrows scroll
  // it, as in any panel that scrolls, where ↓ stepped on with its last lines unread. A clicker still
  // steps, and so do the arrows on the cited entries' buttons within it, as before.
  if (target.matches('.tour-text') && target.scrollHeight > target.clientHeight) return 'arrows-taken';
  return 'free';
}
