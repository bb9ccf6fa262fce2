/**
 * Geometry of a small bar chart drawn as inline SVG (no script, no library): one bar per
 * reported figure, in the order given.
 */
export interface ChartPoint {
  label: string;
  value: number;
}

export interface ChartBar extends ChartPoint {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarChart {
  width: number;
  height: number;
  /** The baseline's y coordinate and the plot's horizontal extent. */
  baseline: number;
  plotLeft: number;
  plotRight: number;
  /** The value the full plot height stands for: the largest value rounded up to a tidy number. */
  scaleMax: number;
  bars: ChartBar[];
  /** Horizontal grid lines with their values, baseline first. */
  grid: { y: number; value: number }[];
}

export interface ChartSize {
  width: number;
  height: number;
  /** Room for the value axis on the left and the labels below. */
  left: number;
  top: number;
  bottom: number;
  right: number;
}

export const defaultChartSize: ChartSize = {
  width: 480,
  height: 240,
  left: 48,
  top: 24,
  bottom: 40,
  right: 16,
};

/** 1, 2 or 5 times a power of ten, at least `value`: so grid lines fall on round numbers. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

export function barChart(points: readonly ChartPoint[], size: ChartSize = defaultChartSize): BarChart {
  const plotWidth = size.width - size.left - size.right;
  const plotHeight = size.height - size.top - size.bottom;
  const baseline = size.top + plotHeight;
  const scaleMax = niceCeiling(Math.max(0, ...points.map((p) => p.value)));
  const slot = points.length > 0 ? plotWidth / points.length : plotWidth;
  const barWidth = Math.min(64, slot * 0.6);
  const bars = points.map((p, i) => {
    const height = (p.value / scaleMax) * plotHeight;
    return {
      ...p,
      x: size.left + slot * i + (slot - barWidth) / 2,
      y: baseline - height,
      width: barWidth,
      height,
    };
  });
  // Whole-number steps: 50 → 0,10,…,50; 20 → 0,5,…,20; 2 → 0,1,2.
  const steps = scaleMax <= 5 ? scaleMax : String(scaleMax).startsWith('2') ? 4 : 5;
  const grid = Array.from({ length: steps + 1 }, (_, i) => ({
    y: baseline - (i / steps) * plotHeight,
    value: (scaleMax / steps) * i,
  }));
  return {
    width: size.width,
    height: size.height,
    baseline,
    plotLeft: size.left,
    plotRight: size.width - size.right,
    scaleMax,
    bars,
    grid,
  };
}
