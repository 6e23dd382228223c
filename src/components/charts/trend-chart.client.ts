/**
 * Draws every trend chart on the page with Chart.js. Only the pieces a line
 * chart needs are registered, so the bundle stays small; pages without a
 * chart never load this file.
 */
import {
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  type Plugin,
  PointElement,
  Tooltip,
} from 'chart.js';
import { CHART_STYLES, type TrendChartModel } from '../../lib/charts/trend';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Formats axis ticks and tooltips in the metric's unit. */
function formatter(unit: TrendChartModel['unit']): (value: number) => string {
  const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', notation: 'compact' });
  switch (unit) {
    case 'percent':
      return (v) => `${number.format(v)}%`;
    case 'currency':
      return (v) => money.format(v);
    case 'minutes':
      return (v) => `${number.format(v)} min`;
    case 'days':
      return (v) => `${number.format(v)} days`;
    case 'count':
      return (v) => number.format(v);
  }
}

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
      ctx.fillStyle = '#1b1b1b';
      ctx.font = '12px system-ui, sans-serif';
      ctx.fillText(marker.label, x + 4, chartArea.top + 12);
      ctx.restore();
    }
  },
};

function configFor(model: TrendChartModel): ChartConfiguration<'line'> {
  const format = formatter(model.unit);
  return {
    type: 'line',
    data: {
      labels: model.labels,
      datasets: model.datasets.map((d) => {
        const style = CHART_STYLES[d.kind];
        return {
          label: d.label,
          data: d.data,
          borderColor: style.colour,
          backgroundColor: style.colour,
          borderDash: [...style.dash],
          borderWidth: d.kind === 'series' ? 3 : 2,
          pointStyle: style.point,
          pointRadius: style.point ? 4 : 0,
          pointHoverRadius: style.point ? 6 : 0,
          spanGaps: false,
          tension: 0,
        };
      }),
    },
    options: {
      animation: reducedMotion ? false : { duration: 400 },
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        y: { ticks: { callback: (value) => format(Number(value)) }, beginAtZero: model.unit === 'percent' },
        x: { ticks: { maxRotation: 0, autoSkip: true } },
      },
      plugins: {
        legend: { labels: { usePointStyle: true, pointStyleWidth: 14, boxHeight: 8 } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${format(Number(item.raw))}` } },
        // @ts-expect-error: our plugin's options are not in Chart.js's plugin option types
        caveatMarkers: { markers: model.markers },
      },
    },
    plugins: [caveatMarkers],
  };
}

for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
  const model = JSON.parse(canvas.dataset.chart ?? '{}') as TrendChartModel;
  new Chart(canvas, configFor(model));
  // Marks for tests and print styles: drawn, and whether motion was reduced.
  canvas.dataset.drawn = 'true';
  canvas.dataset.motion = reducedMotion ? 'reduced' : 'full';
}
// Read by `npm run bench`: when the last chart on the page was drawn.
performance.mark('tp-charts-drawn');
