/**
 * Colour and size tokens for the map, in one typed object per theme. Layer builders read only
 * these tokens, never literal colours, so light, dark and (later) projector themes stay in step.
 */
export type ThemeName = 'light' | 'dark';

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
  labelScale: number;
};

export const THEMES: Record<ThemeName, Theme> = {
  light: {
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
  },
  dark: {
    name: 'dark',
    sea: '#0f1820',
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
  },
};
