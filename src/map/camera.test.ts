import { describe, expect, it } from 'vitest';
import {
  coveredWithRoomBelowBox,
  addressCamera,
  addressFrame,
  cameraChosenHere,
  openingCamera,
  inSight,
  defaultCamera,
  DEFAULT_FRAME,
  fittedZoom,
  paddingBeside,
  underPanel,
  anyUnderPanel,
} from './camera.ts';

describe('defaultCamera', () => {
  it('centres on the middle of the frame in longitude', () => {
    expect(defaultCamera(1366, 700).longitude).toBe((DEFAULT_FRAME.west + DEFAULT_FRAME.east) / 2);
  });
  it('centres on the Mercator middle in latitude, north of the arithmetic middle', () => {
    const { latitude } = defaultCamera(1366, 700);
    expect(latitude).toBeGreaterThan((DEFAULT_FRAME.south + DEFAULT_FRAME.north) / 2);
    expect(latitude).toBeLessThan(DEFAULT_FRAME.north);
  });
  it('zooms out on a narrow phone and in on a wide projector', () => {
    expect(defaultCamera(390, 700).zoom).toBeLessThan(defaultCamera(1920, 1000).zoom);
  });
  it('is limited by height on a wide, short window', () => {
    expect(defaultCamera(3000, 400).zoom).toBeCloseTo(defaultCamera(4000, 400).zoom, 5);
  });
  it('on the flat map, shows Moscow, where most ties start, on a phone too', () => {
    const moscow = 37.6;
    // Degrees of longitude either side of the centre on the flat map (512 px a world at zoom 0).
    const halfWidth = (width: number, zoom: number) => (width / 2 / (512 * 2 ** zoom)) * 360;
    for (const [width, height] of [
      [390, 600],
      [1366, 708],
    ]) {
      const { longitude, zoom } = defaultCamera(width, height, 'mercator');
      expect(longitude - halfWidth(width, zoom)).toBeLessThan(moscow);
    }
    const globe = defaultCamera(390, 600);
    expect(globe.longitude - halfWidth(390, globe.zoom)).toBeGreaterThan(moscow);
  });
});

describe('fittedZoom', () => {
  it('keeps the zoom on a laptop', () => {
    expect(fittedZoom(3, 660, 270)).toBe(3);
    expect(fittedZoom(3, 662, 272)).toBeCloseTo(3, 1);
  });
  it('zooms in on a projector, by at most two levels', () => {
    expect(fittedZoom(3, 1320, 540)).toBe(4);
    expect(fittedZoom(3, 2640, 1080)).toBe(5);
    expect(fittedZoom(3, 8000, 4000)).toBe(5);
  });
  it('zooms out on a small visible area, by the tighter side', () => {
    expect(fittedZoom(3, 330, 270)).toBe(2);
    expect(fittedZoom(3, 660, 135)).toBe(2);
  });
  it('fits a frame of the chapter’s own instead, if it names one', () => {
    const tall = { width: 330, height: 300 };
    expect(fittedZoom(3, 330, 300, tall)).toBe(3);
    expect(fittedZoom(3, 660, 600, tall)).toBe(4);
    expect(fittedZoom(3, 165, 600, tall)).toBe(2);
  });
  it('never goes below the map’s minimum zoom', () => {
    expect(fittedZoom(1, 100, 100)).toBe(0.8);
  });
});

describe('paddingBeside', () => {
  it('keeps an 80 px margin on a large map, and clears a panel on its right', () => {
    expect(paddingBeside(1500, 900, { right: 380, bottom: 0 })).toEqual({ top: 80, left: 80, right: 460, bottom: 80 });
  });
  it('narrows the margin on a smaller map', () => {
    expect(paddingBeside(1046, 612, { right: 0, bottom: 0 }).top).toBe(61);
  });
  it('leaves a phone a real strip above the details sheet', () => {
    const padding = paddingBeside(390, 475, { right: 0, bottom: 265 });
    expect(padding.top).toBeLessThan(80);
    expect(475 - padding.top - padding.bottom).toBeGreaterThan(120);
    expect(390 - padding.left - padding.right).toBeGreaterThan(300);
  });
  it('clears a card standing at the left of a short map', () => {
    expect(paddingBeside(844, 300, { right: 0, bottom: 0, left: 430 }, 0)).toEqual({
      top: 0,
      left: 430,
      right: 0,
      bottom: 0,
    });
  });
  it('counts a panel for at most 60% of the map', () => {
    const padding = paddingBeside(400, 500, { right: 0, bottom: 480 });
    expect(padding.bottom - padding.top).toBe(300);
  });
  it('frames below a box at the top of the map, counted for at most 30% of it', () => {
    // A 700 × 450 embed's map (347 px high) under its legend, 71 px deep, beside the details.
    expect(paddingBeside(700, 347, { right: 335, bottom: 0, top: 71 })).toEqual({
      top: 35 + 71,
      left: 35,
      right: 35 + 335,
      bottom: 35,
    });
    expect(paddingBeside(700, 400, { right: 0, bottom: 0, top: 300 }, 0).top).toBe(120);
  });
  it('counts the box at the top and a panel at the bottom together for at most 60% of the map', () => {
    const padding = paddingBeside(320, 400, { right: 0, bottom: 200, top: 70 }, 0);
    expect(padding).toMatchObject({ top: 40, bottom: 200 });
    expect(paddingBeside(320, 400, { right: 0, bottom: 300, top: 70 }, 0).top).toBe(0);
  });
});

describe('coveredWithRoomBelowBox', () => {
  it('counts the box at the top when the frame below it is big enough', () => {
    // A 700 × 450 embed's map beside the details, under its legend: 295 × 206 px are left.
    const covered = { right: 335, bottom: 0, top: 71 };
    expect(coveredWithRoomBelowBox(700, 347, covered)).toEqual(covered);
  });
  it('does not count it when the frame below it would be too small', () => {
    // A 600 × 400 embed's map (297 px high), its legend 95 px deep: 204 × 148 px would be left.
    expect(coveredWithRoomBelowBox(600, 297, { right: 336, bottom: 0, top: 95 })).toEqual({
      right: 336,
      bottom: 0,
      top: 0,
    });
    // A 1000 × 320 one: 1000 px across, but 145 px high below the legend.
    expect(coveredWithRoomBelowBox(1000, 277, { right: 336, bottom: 0, top: 71 }).top).toBe(0);
  });
  it('counts the legend’s folded bar in a 600 × 400 embed: 204 × 191 px are left', () => {
    const covered = { right: 336, bottom: 0, top: 46 };
    expect(coveredWithRoomBelowBox(600, 297, covered)).toEqual(covered);
  });
  it('leaves a cover with no box at the top as it is', () => {
    const covered = { right: 500, bottom: 0 };
    expect(coveredWithRoomBelowBox(600, 297, covered)).toBe(covered);
  });
});

describe('inSight', () => {
  // A 390 × 800 phone map whose details sheet covers its lower half.
  const onPhone = (...points: { x: number; y: number }[]) => inSight(points, 390, 800, { right: 0, bottom: 400 });
  it('sees a point above a phone’s details sheet, and not one under it or off the map', () => {
    expect(onPhone({ x: 200, y: 300 })).toBe(true);
    expect(onPhone({ x: 200, y: 600 })).toBe(false);
    expect(onPhone({ x: -50, y: 300 }, { x: 200, y: 390 })).toBe(false);
  });
  it('needs only one of the points in sight', () => {
    expect(onPhone({ x: 200, y: 600 }, { x: 100, y: 100 })).toBe(true);
  });
  it('needs each of them with `every`', () => {
    const every = (...points: { x: number; y: number }[]) =>
      inSight(points, 390, 800, { right: 0, bottom: 400 }, { every: true });
    expect(every({ x: 200, y: 600 }, { x: 100, y: 100 })).toBe(false);
    expect(every({ x: 200, y: 300 }, { x: 100, y: 100 })).toBe(true);
  });
  it('does not see a point under a box at the top of the map (an embed’s legend)', () => {
    const underLegend = { x: 100, y: 60 };
    expect(inSight([underLegend], 700, 347, { right: 335, bottom: 0 })).toBe(true);
    expect(inSight([underLegend], 700, 347, { right: 335, bottom: 0, top: 71 })).toBe(false);
    expect(inSight([{ x: 100, y: 100 }], 700, 347, { right: 335, bottom: 0, top: 71 })).toBe(true);
  });
});

describe('underPanel', () => {
  const phone = { width: 390, height: 475, covered: { right: 0, bottom: 265 } };
  it('is false for a point in sight, and where no panel lies', () => {
    expect(underPanel({ x: 200, y: 100 }, phone.width, phone.height, phone.covered)).toBe(false);
    expect(underPanel({ x: 900, y: 600 }, 1046, 612, { right: 0, bottom: 0 })).toBe(false);
  });
  it("is true for a point under a phone's sheet", () => {
    expect(underPanel({ x: 200, y: 400 }, phone.width, phone.height, phone.covered)).toBe(true);
  });
  it('is true for a point under the side panel, and one just beside its edge', () => {
    const laptop = { right: 384, bottom: 0 };
    expect(underPanel({ x: 900, y: 300 }, 1046, 612, laptop)).toBe(true);
    expect(underPanel({ x: 640, y: 300 }, 1046, 612, laptop)).toBe(true);
    expect(underPanel({ x: 600, y: 300 }, 1046, 612, laptop)).toBe(false);
  });
});

describe('anyUnderPanel', () => {
  const phone = { width: 390, height: 475, covered: { right: 0, bottom: 265 } };
  it("is true when a tie's far end lies under a phone's sheet, though the point tapped does not", () => {
    const tapped = { x: 60, y: 90 };
    expect(anyUnderPanel([tapped], phone.width, phone.height, phone.covered)).toBe(false);
    expect(anyUnderPanel([tapped, { x: 170, y: 330 }], phone.width, phone.height, phone.covered)).toBe(true);
  });
  it('is false for a place off the map: the reader chose a view that leaves it out', () => {
    expect(anyUnderPanel([{ x: 170, y: 500 }], phone.width, phone.height, phone.covered)).toBe(false);
    expect(anyUnderPanel([{ x: 1200, y: 300 }], 1046, 612, { right: 384, bottom: 0 })).toBe(false);
  });
});

describe('addressCamera', () => {
  it("is the address's own camera, whatever the window, when it names no frame (written before frames)", () => {
    const camera = { longitude: 71.45, latitude: 51.17, zoom: 5 };
    expect(addressCamera(camera, 1366, 768)).toBe(camera);
    expect(addressCamera(camera, 390, 844)).toBe(camera);
  });
  it('shows the frame the camera was chosen in: the same zoom in a window of that size, less in a smaller one', () => {
    const camera = { longitude: 68, latitude: 42, zoom: 3.5, frame: addressFrame(1366, 768) };
    expect(camera.frame).toEqual({ width: 1366, height: 708 });
    expect(addressCamera(camera, 1366, 768)).toEqual(camera);
    // A phone's 351 px column shows the laptop's width at two zoom levels less (1366 / 351 ≈ 3.9).
    expect(addressCamera(camera, 351, 500).zoom).toBeCloseTo(3.5 - Math.log2(1366 / 351), 2);
    // A projector shows it larger, its width the tighter fit.
    expect(addressCamera(camera, 1920, 1080).zoom).toBeCloseTo(3.5 + Math.log2(1920 / 1366), 2);
    expect(addressCamera(camera, 351, 500)).toMatchObject({ longitude: 68, latitude: 42 });
  });
  it('is the default frame for the window below the header when the address names none', () => {
    expect(addressCamera(null, 1366, 768)).toEqual(defaultCamera(1366, 708));
    expect(addressCamera(null, 390, 844)).toEqual(defaultCamera(390, 784));
  });
});

describe('cameraChosenHere', () => {
  const camera = { longitude: 77.07, latitude: 51.37, zoom: 3.32 };
  it('is true for a camera chosen in a window of this size, or one written before frames', () => {
    expect(cameraChosenHere({ ...camera, frame: addressFrame(1280, 800) }, 1280, 800)).toBe(true);
    expect(cameraChosenHere(camera, 600, 400)).toBe(true);
  });
  it('is false for no camera, and for one chosen in another frame (a laptop view in a 600 × 400 embed)', () => {
    expect(cameraChosenHere(null, 1280, 800)).toBe(false);
    expect(cameraChosenHere({ ...camera, frame: addressFrame(1280, 800) }, 600, 400)).toBe(false);
  });
});

describe('openingCamera', () => {
  const camera = { longitude: 80, latitude: 28, zoom: 1.5 };
  it('opens a linked chapter on its centre, at the zoom that fits its frame in the whole map', () => {
    expect(openingCamera(camera, true, 1366, 768)).toEqual({ ...camera, zoom: fittedZoom(1.5, 1366, 708) });
  });
  it('opens any other address as addressCamera does', () => {
    expect(openingCamera(camera, false, 1366, 768)).toBe(camera);
    expect(openingCamera(null, true, 1366, 768)).toEqual(addressCamera(null, 1366, 768));
  });
});
