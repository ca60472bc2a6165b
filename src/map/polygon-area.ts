/** A polygon's rough size, enough to compare a country's parts (the build's label and the camera's frame). */
type Ring = number[][];

const toRadians = Math.PI / 180;

/** Approximate area in square degrees of longitude at the equator, corrected for latitude. */
export function approximateArea(polygon: Ring[]): number {
  const ringArea = (ring: Ring) => {
    const meanLat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
    const k = Math.cos(meanLat * toRadians);
    let sum = 0;
    for (let i = 1; i < ring.length; i++) {
      sum += ring[i - 1][0] * k * ring[i][1] - ring[i][0] * k * ring[i - 1][1];
    }
    return Math.abs(sum) / 2;
  };
  const [outer, ...holes] = polygon;
  return ringArea(outer) - holes.reduce((s, h) => s + ringArea(h), 0);
}
