import { describe, expect, it } from 'vitest';
import { barChart, defaultChartSize, niceCeiling } from '../../src/lib/chart.ts';

describe('bar chart geometry', () => {
  it('rounds the scale up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 27, 50, 51, 180].map(niceCeiling)).toEqual([1, 1, 5, 50, 50, 100, 200]);
  });

  it('draws bar heights in proportion to the values on one baseline', () => {
    const chart = barChart([
      { label: '2025年', value: 10 },
      { label: '2026年', value: 27 },
    ]);
    const plot = defaultChartSize.height - defaultChartSize.top - defaultChartSize.bottom;
    const [a, b] = chart.bars;
    expect(chart.scaleMax).toBe(50);
    expect(b!.height).toBeCloseTo((27 / 50) * plot);
    expect(a!.height / b!.height).toBeCloseTo(10 / 27);
    for (const bar of chart.bars) expect(bar.y + bar.height).toBeCloseTo(chart.baseline);
    expect(a!.x).toBeLessThan(b!.x);
    // Grid lines on whole numbers, from the baseline to the top of the scale.
    expect(chart.grid.map((g) => g.value)).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('keeps a single figure and a zero inside the plot', () => {
    const one = barChart([{ label: '2026年6月', value: 27 }]);
    expect(one.bars).toHaveLength(1);
    expect(one.bars[0]!.x).toBeGreaterThanOrEqual(defaultChartSize.left);
    expect(one.bars[0]!.x + one.bars[0]!.width).toBeLessThanOrEqual(one.plotRight);
    expect(barChart([{ label: 'x', value: 0 }]).bars[0]!.height).toBe(0);
  });
});
