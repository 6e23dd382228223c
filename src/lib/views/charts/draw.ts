/**
 * The line styles of a trend chart, kept apart from trend.ts so that the
 * chart script and the HTML key share them without the chart script bundling
 * the formatting and period code the model is built with.
 */

/** Colours chosen for at least 3:1 contrast on white; lines also differ by dash and point shape. */
export const CHART_STYLES = {
  series: { colour: '#1d4f91', dash: [] as number[], point: 'circle' },
  comparison: { colour: '#a4440c', dash: [6, 4], point: 'triangle' },
  target: { colour: '#3a3a3a', dash: [2, 3], point: false },
  baseline: { colour: '#6b6b6b', dash: [10, 4, 2, 4], point: false },
} as const;
