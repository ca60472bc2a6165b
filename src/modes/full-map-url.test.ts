import { describe, expect, it } from 'vitest';
import { fullMapUrl } from './full-map-url.ts';
import { parseUrl } from '../state/url.ts';

const embedAt = (search: string) => fullMapUrl(parseUrl(search), `https://example.org/map/${search}#x`);

describe('fullMapUrl', () => {
  it('keeps the view and drops embed and theme', () => {
    expect(embedAt('?layers=arms&sel=relation:rus-mmr-arms-supply&year=2015&embed=1&theme=dark')).toBe(
      'https://example.org/map/?layers=arms&sel=relation:rus-mmr-arms-supply&year=2015',
    );
  });

  it('keeps the camera, projection and tour chapter', () => {
    expect(embedAt('?embed=1&cam=100.00,25.00,3.20&proj=flat&tour=2')).toBe(
      'https://example.org/map/?cam=100.00,25.00,3.20&proj=flat&tour=2',
    );
  });

  it('opens the default view when the embed shows it', () => {
    expect(embedAt('?embed=1')).toBe('https://example.org/map/');
  });

  it('does not carry presentation mode out of an embed', () => {
    expect(embedAt('?embed=1&present=1')).toBe('https://example.org/map/');
  });

  it('opens the map, which the embed shows, not the table or the sources its address names', () => {
    expect(embedAt('?embed=1&layers=arms&view=table')).toBe('https://example.org/map/?layers=arms');
    expect(embedAt('?embed=1&view=sources')).toBe('https://example.org/map/');
  });
});
