/**
 * The cost-growth plot as a hand-made SVG: two log–log panels (time against issues per snapshot,
 * time against subscribers), ours in solid lines, the ceilings dashed, a legend in each panel.
 */

export interface Series {
  label: string;
  color: string;
  dashed: boolean;
  points: { x: number; y: number }[];
}

export interface Panel {
  title: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
}

const PANEL_WIDTH = 470;
const PANEL_HEIGHT = 380;
const MARGIN = { left: 64, right: 30, top: 36, bottom: 52 };
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, sans-serif"';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function decades(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let exponent = Math.floor(Math.log10(min)); exponent <= Math.ceil(Math.log10(max)); exponent += 1) ticks.push(10 ** exponent);
  return ticks;
}

function tickLabel(value: number): string {
  if (value >= 1000) return value.toLocaleString('en-US');
  return String(Number(value.toPrecision(1)));
}

function panelSvg(panel: Panel, offsetX: number): string {
  const points = panel.series.flatMap((series) => series.points).filter((point) => point.x > 0 && point.y > 0);
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const xTicks = decades(Math.min(...xs), Math.max(...xs));
  const yTicks = decades(Math.min(...ys), Math.max(...ys));
  const [xMin, xMax] = [Math.log10(xTicks[0]!), Math.log10(xTicks[xTicks.length - 1]!)];
  const [yMin, yMax] = [Math.log10(yTicks[0]!), Math.log10(yTicks[yTicks.length - 1]!)];
  const plotWidth = PANEL_WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = PANEL_HEIGHT - MARGIN.top - MARGIN.bottom;
  const sx = (x: number) => offsetX + MARGIN.left + ((Math.log10(x) - xMin) / (xMax - xMin || 1)) * plotWidth;
  const sy = (y: number) => MARGIN.top + plotHeight - ((Math.log10(y) - yMin) / (yMax - yMin || 1)) * plotHeight;
  const parts: string[] = [];
  parts.push(`<text x="${offsetX + PANEL_WIDTH / 2}" y="20" text-anchor="middle" font-size="14" font-weight="600" ${FONT}>${escapeXml(panel.title)}</text>`);
  for (const tick of xTicks) {
    const x = sx(tick).toFixed(1);
    parts.push(`<line x1="${x}" y1="${MARGIN.top}" x2="${x}" y2="${MARGIN.top + plotHeight}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${x}" y="${MARGIN.top + plotHeight + 16}" text-anchor="middle" font-size="11" ${FONT}>${tickLabel(tick)}</text>`);
  }
  for (const tick of yTicks) {
    const y = sy(tick).toFixed(1);
    parts.push(`<line x1="${offsetX + MARGIN.left}" y1="${y}" x2="${offsetX + MARGIN.left + plotWidth}" y2="${y}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${offsetX + MARGIN.left - 6}" y="${y}" dy="4" text-anchor="end" font-size="11" ${FONT}>${tickLabel(tick)}</text>`);
  }
  parts.push(`<rect x="${offsetX + MARGIN.left}" y="${MARGIN.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#888"/>`);
  parts.push(`<text x="${offsetX + MARGIN.left + plotWidth / 2}" y="${PANEL_HEIGHT - 12}" text-anchor="middle" font-size="12" ${FONT}>${escapeXml(panel.xLabel)}</text>`);
  const yMid = MARGIN.top + plotHeight / 2;
  parts.push(`<text x="${offsetX + 16}" y="${yMid}" text-anchor="middle" font-size="12" transform="rotate(-90 ${offsetX + 16} ${yMid})" ${FONT}>${escapeXml(panel.yLabel)}</text>`);
  for (const series of panel.series) {
    const visible = series.points.filter((point) => point.x > 0 && point.y > 0);
    const path = visible.map((point) => `${sx(point.x).toFixed(1)},${sy(point.y).toFixed(1)}`).join(' ');
    const dash = series.dashed ? ' stroke-dasharray="6 4"' : '';
    parts.push(`<polyline points="${path}" fill="none" stroke="${series.color}" stroke-width="2"${dash}/>`);
    for (const point of visible) parts.push(`<circle cx="${sx(point.x).toFixed(1)}" cy="${sy(point.y).toFixed(1)}" r="3" fill="${series.color}"/>`);
  }
  panel.series.forEach((series, index) => {
    const x = offsetX + MARGIN.left + 10;
    const y = MARGIN.top + 14 + index * 16;
    const dash = series.dashed ? ' stroke-dasharray="6 4"' : '';
    parts.push(`<line x1="${x}" y1="${y - 4}" x2="${x + 24}" y2="${y - 4}" stroke="${series.color}" stroke-width="2"${dash}/>`);
    parts.push(`<text x="${x + 30}" y="${y}" font-size="11" ${FONT}>${escapeXml(series.label)}</text>`);
  });
  return parts.join('\n');
}

/** Panels side by side, with a caption line below. */
export function plotSvg(panels: Panel[], caption: string): string {
  const width = PANEL_WIDTH * panels.length;
  const height = PANEL_HEIGHT + 24;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    ...panels.map((panel, index) => panelSvg(panel, index * PANEL_WIDTH)),
    `<text x="${width / 2}" y="${height - 6}" text-anchor="middle" font-size="11" fill="#555" ${FONT}>${escapeXml(caption)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
