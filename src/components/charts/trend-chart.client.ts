/**
 * Draws every trend chart on the page with Chart.js. Everything the chart
 * says (axis range and ticks, formatted values, the label at the end of each
 * line) is worked out at build time in src/lib/views/charts/; this file only hands
 * it to Chart.js. Only the pieces a line chart needs are registered, so the
 * bundle stays small; pages without a chart never load this file. There is no
 * Chart.js legend: a chart with several lines has a key in the HTML instead.
 */
import {
  CategoryScale,
  Chart,
  type ChartConfiguration,
  LinearScale,
  LineController,
  LineElement,
  type Plugin,
  PointElement,
  Tooltip,
} from 'chart.js';
import { CHART_STYLES } from '../../lib/views/charts/draw';
import type { TrendChartModel } from '../../lib/views/charts/trend';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const TEXT = '#1b1b1b';
const SECONDARY = '#484949';
const bodyFont = getComputedStyle(document.body).fontFamily || 'system-ui, sans-serif';
Chart.defaults.font.family = bodyFont;
Chart.defaults.font.size = 13;
Chart.defaults.color = SECONDARY;

/** Fewer period labels on a phone, so none overlap and none need turning. */
const xTickLimit = (width: number) => (width < 480 ? 4 : width < 768 ? 6 : 10);

/** Draws a dashed vertical line and a "Note n" label where a caveat starts. */
const caveatMarkers: Plugin<'line', { markers: TrendChartModel['markers'] }> = {
  id: 'caveatMarkers',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea, scales } = chart;
    for (const marker of options.markers) {
      const x = scales.x.getPixelForValue(marker.index);
      ctx.save();
      ctx.strokeStyle = '#3a3a3a';
      ctx.setLineDash([4, 4]);
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.fillStyle = TEXT;
      ctx.font = `12px ${bodyFont}`;
      ctx.fillText(marker.label, x + 4, chartArea.top + 12);
      ctx.restore();
    }
  },
};

/**
 * Writes the latest value of the measure's line just above its last point
 * (below it when the point is at the top), on a white halo so that it stays
 * readable over grid lines. Other lines are named, with their values, in the
 * HTML key.
 */
const directLabels: Plugin<'line', { model: TrendChartModel }> = {
  id: 'directLabels',
  afterDatasetsDraw(chart, _args, { model }) {
    const { ctx, chartArea } = chart;
    const offset = 16;
    ctx.save();
    ctx.font = `600 13px ${bodyFont}`;
    ctx.textBaseline = 'middle';
    model.datasets.forEach((d, i) => {
      const point = d.directLabel && chart.getDatasetMeta(i).data[d.directLabel.index];
      if (!d.directLabel || !point) return;
      const y = point.y - offset < chartArea.top + offset / 2 ? point.y + offset : point.y - offset;
      const width = ctx.measureText(d.directLabel.text).width;
      // Ends at the point, but never starts left of the chart.
      const x = Math.max(chartArea.left + 2, point.x + 4 - width);
      ctx.lineWidth = 4;
      ctx.strokeStyle = '#ffffff';
      ctx.lineJoin = 'round';
      ctx.strokeText(d.directLabel.text, x, y);
      ctx.fillStyle = CHART_STYLES[d.kind].colour;
      ctx.fillText(d.directLabel.text, x, y);
    });
    ctx.restore();
  },
};

function configFor(model: TrendChartModel, width: number): ChartConfiguration<'line'> {
  const tickLabels = new Map(model.yAxis.ticks.map((t) => [t.value, t.label]));
  return {
    type: 'line',
    data: {
      labels: model.labels,
      datasets: model.datasets.map((d) => {
        const style = CHART_STYLES[d.kind];
        const radius = (big: number, small: number) =>
          style.point ? d.data.map((_, i) => (i === d.directLabel?.index ? big : small)) : 0;
        return {
          label: d.label,
          data: d.data,
          borderColor: style.colour,
          backgroundColor: style.colour,
          borderDash: [...style.dash],
          borderWidth: d.kind === 'series' ? 3 : 2,
          pointStyle: style.point,
          pointRadius: radius(5, 3),
          pointHoverRadius: radius(7, 5),
          spanGaps: false,
          tension: 0,
        };
      }),
    },
    options: {
      animation: reducedMotion ? false : { duration: 400 },
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      layout: { padding: { top: 8, right: 12 } },
      onResize(chart, size) {
        const ticks = chart.options.scales?.x?.ticks;
        if (ticks && ticks.maxTicksLimit !== xTickLimit(size.width)) {
          ticks.maxTicksLimit = xTickLimit(size.width);
          chart.update('none');
        }
      },
      scales: {
        y: {
          min: model.yAxis.min,
          max: model.yAxis.max,
          // The ticks are the ones worked out at build time, so every chart of this metric reads the same.
          afterBuildTicks: (scale) => {
            scale.ticks = model.yAxis.ticks.map((t) => ({ value: t.value }));
          },
          ticks: { callback: (value) => tickLabels.get(Number(value)) ?? '' },
          grid: { color: '#dcdcdc' },
          border: { display: false },
        },
        x: {
          ticks: {
            maxRotation: 0,
            minRotation: 0,
            autoSkip: true,
            autoSkipPadding: 12,
            maxTicksLimit: xTickLimit(width),
          },
          grid: { display: false },
          border: { color: SECONDARY },
        },
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ''}: ${model.datasets[item.datasetIndex]?.formatted[item.dataIndex] ?? ''}`,
          },
        },
        // @ts-expect-error: our plugins' options are not in Chart.js's plugin option types
        caveatMarkers: { markers: model.markers },
        directLabels: { model },
      },
    },
    plugins: [caveatMarkers, directLabels],
  };
}

for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
  const model = JSON.parse(canvas.dataset.chart ?? '{}') as TrendChartModel;
  new Chart(canvas, configFor(model, canvas.parentElement?.clientWidth ?? 1024));
  // Marks for tests and print styles: drawn, and whether motion was reduced.
  canvas.dataset.drawn = 'true';
  canvas.dataset.motion = reducedMotion ? 'reduced' : 'full';
}
// Read by `npm run bench`: when the last chart on the page was drawn.
performance.mark('tp-charts-drawn');
