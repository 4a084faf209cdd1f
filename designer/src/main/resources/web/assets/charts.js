// Charts of the compare and analysis pages, drawn by echarts on canvas. Labels are data too: echarts
// draws them as canvas text, and every tooltip goes through escape() before echarts shows it.

const LEVEL_COLORS = {
  'very high': '#1e7b45',
  high: '#7cc39a',
  middle: '#f3c969',
  low: '#e8847c',
};
const OTHER_COLORS = ['#0b4f8a', '#8a5a0b', '#5b3d8a', '#3d8a86'];

export const INK = '#1d2733';
export const MUTED = '#5b6675';
export const BRAND = '#0b4f8a';
export const UP = '#1e7b45';
export const DOWN = '#b3261e';
export const FLAT = '#a0aab5';

/** A level's colour, as its badge has it; levels an edition names otherwise get colours of their own. */
export function levelColor(level, index = 0) {
  return LEVEL_COLORS[level] || OTHER_COLORS[index % OTHER_COLORS.length];
}

/** Text made safe for the markup echarts builds its tooltips from. */
export function escape(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  })[c]);
}

/** A tooltip of lines of plain text: the first one bold. */
export function tooltipLines(lines) {
  return lines.filter((l) => l !== null && l !== undefined)
    .map((line, i) => (i === 0 ? '<b>' + escape(line) + '</b>' : escape(line)))
    .join('<br>');
}

/** Whether echarts has loaded: the pages still show their tables without it. */
export function chartsAvailable() {
  return typeof window.echarts !== 'undefined';
}

/**
 * Draws an option into a container, replacing any chart it held. The chart follows the window's width.
 * Returns the chart, or null when echarts did not load.
 */
export function draw(container, option) {
  if (!chartsAvailable()) {
    container.textContent = 'The charts library did not load; the table below has every figure.';
    return null;
  }
  const previous = window.echarts.getInstanceByDom(container);
  if (previous) previous.dispose();
  const chart = window.echarts.init(container, null, { renderer: 'canvas' });
  chart.setOption(Object.assign({ animation: false, textStyle: { fontFamily: 'system-ui, sans-serif' } }, option));
  return chart;
}

window.addEventListener('resize', () => {
  if (!chartsAvailable()) return;
  document.querySelectorAll('.chart').forEach((node) => {
    const chart = window.echarts.getInstanceByDom(node);
    if (chart) chart.resize();
  });
});

/** The height a chart with one row per category needs. */
export function rowsHeight(rows, perRow = 22, chrome = 80) {
  return Math.max(240, rows * perRow + chrome) + 'px';
}

export function shiftColor(shift) {
  if (shift > 0) return UP;
  if (shift < 0) return DOWN;
  return FLAT;
}
