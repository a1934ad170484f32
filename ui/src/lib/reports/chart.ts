/**
 * The arithmetic of a bar chart, kept apart from its drawing: the top of the value axis and its ticks, and
 * each bar's place, so heights stay proportional to the values.
 */

/** One series of a chart: a value per month (null: nothing to show that month, drawn as 0). */
export interface ChartSeries {
  key: string;
  label: string;
  /** Its colour and pattern: solid, hatched, cross-hatched, or the plain colour of a count. */
  tone: "kept" | "late" | "broken" | "count";
  values: readonly (number | null)[];
}

/**
 * The drawing's size in SVG units. The width is the one it is drawn at before its card is measured; once it is,
 * the drawing is as many units wide as it is pixels (see [`drawnWidth`]), so its words keep their size in a
 * narrow card instead of shrinking with the picture.
 */
export const CHART = { width: 640, height: 240, left: 64, right: 12, top: 14, bottom: 44 } as const;

export const PLOT_HEIGHT = CHART.height - CHART.top - CHART.bottom;

/** The narrowest drawing in SVG units: narrower cards scale it down rather than squeeze the months. */
export const MIN_WIDTH = 320;

/** The room one month's label needs under the axis ("Sept", "Okt."), in SVG units. */
const LABEL_ROOM = 44;

/** How wide to draw a chart whose place is `measured` pixels wide (0: not measured yet). */
export function drawnWidth(measured: number): number {
  return measured > 0 ? Math.max(MIN_WIDTH, Math.round(measured)) : CHART.width;
}

/** The plot's width (between the value axis and the right edge) in a drawing `width` units wide. */
export function plotWidth(width: number): number {
  return width - CHART.left - CHART.right;
}

/** The value axis: a round top at or above `largest`, and four or five ticks from 0 (whole numbers). */
export function axisTicks(largest: number): number[] {
  const wanted = Math.max(largest, 1) / 4;
  const power = 10 ** Math.floor(Math.log10(wanted));
  const step = Math.max(1, [1, 2, 5, 10].map((k) => k * power).find((s) => s >= wanted) ?? 10 * power);
  const top = Math.max(step, Math.ceil(Math.max(largest, 1) / step) * step);
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}

/** Where one month's bar stands in a drawing `drawing` units wide: its left edge and width. */
export function slot(
  index: number,
  months: number,
  drawing: number = CHART.width,
): { x: number; width: number } {
  const each = plotWidth(drawing) / Math.max(months, 1);
  const width = Math.min(44, each * 0.62);
  return { x: CHART.left + index * each + (each - width) / 2, width };
}

/** A value's height on an axis whose top is `top`. */
export function heightOf(value: number, top: number): number {
  return top > 0 ? (Math.max(value, 0) / top) * PLOT_HEIGHT : 0;
}

/**
 * Which months get a label under the axis: all up to 12 when they have room, then every 2nd, 3rd… so about 12
 * show and no two labels touch in a drawing `drawing` units wide.
 */
export function labelled(index: number, months: number, drawing: number = CHART.width): boolean {
  const fit = Math.max(1, Math.floor(plotWidth(drawing) / LABEL_ROOM));
  const every = Math.max(1, Math.ceil(months / 12), Math.ceil(months / fit));
  return index % every === 0;
}
