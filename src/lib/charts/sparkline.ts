/**
 * A small-multiple line as SVG polyline points: drawn at build time, so the
 * dashboard needs no JavaScript.
 */

/**
 * Points for an SVG polyline filling `width` × `height`, oldest value on the left.
 * A flat or single-value series sits mid-height.
 *
 * @example sparklinePoints([0, 10], 100, 20) // => "0,20 100,0"
 */
export function sparklinePoints(values: readonly number[], width: number, height: number): string {
  if (values.length === 0) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  return values
    .map((v, i) => {
      const x = values.length > 1 ? i * step : width / 2;
      const y = span === 0 ? height / 2 : height - ((v - min) / span) * height;
      return `${round(x)},${round(y)}`;
    })
    .join(' ');
}
