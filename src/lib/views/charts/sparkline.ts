/**
 * A small-multiple line as SVG polyline points: drawn at build time, so the
 * dashboard needs no JavaScript.
 */

/**
 * Points for an SVG polyline filling `width` × `height`, oldest value on the left.
 * Give the metric's value axis (`valueAxis(metric)`) as `domain` so that the
 * sparkline is drawn on the same scale, from zero, as the metric's charts;
 * without it the line fills the box. A flat series without a domain sits mid-height.
 *
 * @example sparklinePoints([0, 10], 100, 20) // => "0,20 100,0"
 * @example sparklinePoints([5, 10], 100, 20, { min: 0, max: 20 }) // => "0,15 100,10"
 */
export function sparklinePoints(
  values: readonly number[],
  width: number,
  height: number,
  domain?: { min: number; max: number },
): string {
  if (values.length === 0) return '';
  const min = domain?.min ?? Math.min(...values);
  const max = domain?.max ?? Math.max(...values);
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
