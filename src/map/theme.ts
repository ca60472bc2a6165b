/**
 * Colour and size tokens for the map, in one typed object per theme. Layer builders read only
 * these tokens, never literal colours, so the light, dark, projector and paper themes stay in step.
 */
export type ThemeName = 'light' | 'dark' | 'projector' | 'paper';
/** The reader's (or the host page's) colour scheme; the projector theme is chosen by presentation mode. */
export type ColorScheme = 'light' | 'dark';

export type Theme = {
  name: ThemeName;
  sea: string;
  land: string;
  landHighlight: string;
  coastline: string;
  border: string;
  label: string;
  labelHalo: string;
  /** Russia and China in a colour-blind-safe pair (Okabe–Ito vermillion and blue). */
  russia: string;
  china: string;
  /** Entries that are neither Russia's nor China's (e.g. India and the United States). */
  other: string;
  /** Halo around the selected feature. */
  selection: string;
  event: string;
  place: string;
  /** Country shading by involvement, light to strong (Okabe–Ito reddish purple, never Russia's or China's hue). */
  involvement: string[];
  graticule: string;
  /** Multiplies every map text size (and the event markers that carry a number). */
  labelScale: number;
  /** Multiplies the width of lines: flows, routes, coastlines and borders. */
  lineScale: number;
  labelHaloWidth: number;
};

const LIGHT: Theme = {
  name: 'light',
  sea: '#dce6ec',
  land: '#f6f4ef',
  landHighlight: '#ebe6da',
  coastline: '#9db0bd',
  border: '#b3aca0',
  label: '#4d4a44',
  labelHalo: '#f6f4ef',
  russia: '#d55e00',
  china: '#0072b2',
  other: '#6b6b6b',
  selection: '#f0c419',
  event: '#1a1a1a',
  place: '#4d4a44',
  involvement: ['#efe3ea', '#e2c9d8', '#d3adc4', '#c18fae'],
  graticule: '#cfdbe3',
  labelScale: 1,
  lineScale: 1,
  labelHaloWidth: 1.5,
};

export const THEMES: Record<ThemeName, Theme> = {
  light: LIGHT,
  dark: {
    name: 'dark',
    sea: '#0c1d2e',
    land: '#222a31',
    landHighlight: '#2c353d',
    coastline: '#4a6272',
    border: '#58616a',
    label: '#c3cbd2',
    labelHalo: '#222a31',
    russia: '#ff8c42',
    china: '#56b4e9',
    other: '#a9a9a9',
    selection: '#f0e442',
    event: '#f2f2f2',
    place: '#c3cbd2',
    involvement: ['#3a2f38', '#4d3a49', '#62465c', '#7a5471'],
    graticule: '#1b2731',
    labelScale: 1,
    lineScale: 1,
    labelHaloWidth: 1.5,
  },
  /**
   * Presentation mode on a projector, which washes out pale tints and dark backgrounds alike:
   * white land on a clearly blue sea, near-black labels in wide white halos, thicker lines,
   * and the same colour-blind-safe vermillion/blue pair, darkened to keep 3:1 on land and sea alike
   * (theme.test.ts checks the contrasts).
   * The selection is Okabe–Ito bluish green: yellow would vanish on white.
   */
  projector: {
    name: 'projector',
    sea: '#a9cbe3',
    land: '#ffffff',
    landHighlight: '#eeeeee',
    coastline: '#2f536b',
    border: '#4a4a4a',
    label: '#111111',
    labelHalo: '#ffffff',
    russia: '#b84a00',
    china: '#0060a8',
    other: '#4a4a4a',
    selection: '#00875f',
    event: '#111111',
    place: '#111111',
    // A step darker than the light theme's first: its lightest shade (#f3e6ef) was 1.2:1 on the
    // white land, and on a projector Vietnam, the tie's end in chapter 3, looked unshaded.
    involvement: ['#e8cfe0', '#dcb8d1', '#cfa0c1', '#c18fae'],
    graticule: '#94b8d2',
    labelScale: 1.7,
    lineScale: 1.6,
    labelHaloWidth: 2.5,
  },
  /**
   * The classroom handout's map: the light theme's colours, which spend little ink. Its names and
   * lines are scaled for the size of the map on screen (share/current-view.ts, handoutTheme).
   */
  paper: { ...LIGHT, name: 'paper' },
};
