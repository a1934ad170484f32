import { describe, expect, it } from "vitest";
import themeCss from "../../theme.css?raw";
import { contrastRatio } from "./contrast";

/** The `--name: value` declarations of the first rule whose selector is `selector`. */
function variables(selector: string): Record<string, string> {
  const start = themeCss.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`theme.css has no rule for ${selector}`);
  const body = themeCss.slice(start, themeCss.indexOf("}", start));
  return Object.fromEntries([...body.matchAll(/--([a-z-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

const light = variables(":root");
const dark = variables(':root[data-theme="dark"]');

const TEXT = 4.5;
/** Borders of controls and the focus ring, against what is around them. */
const UI = 3;

/** [foreground, background, minimum ratio]: every way the app puts one colour on another. */
const PAIRS: [string, string, number][] = [
  ...[
    "bg",
    "surface",
    "surface-muted",
    "surface-sunken",
    "accent-soft",
    "warn-bg",
    "danger-soft",
    "border",
  ].map((bg): [string, string, number] => ["text", bg, TEXT]),
  ...["bg", "surface", "surface-muted", "surface-sunken", "accent-soft", "warn-bg", "danger-soft"].map(
    (bg): [string, string, number] => ["muted", bg, TEXT],
  ),
  ...["bg", "surface", "surface-muted", "accent-soft"].map((bg): [string, string, number] => [
    "accent-strong",
    bg,
    TEXT,
  ]),
  ...["accent", "accent-strong", "danger", "danger-strong", "worried"].map((bg): [string, string, number] => [
    "on-fill",
    bg,
    TEXT,
  ]),
  ...["bg", "surface", "surface-muted", "danger-soft"].map((bg): [string, string, number] => [
    "danger",
    bg,
    TEXT,
  ]),
  ...["bg", "surface", "danger-soft"].map((bg): [string, string, number] => ["danger-strong", bg, TEXT]),
  ...["surface", "surface-muted", "danger-soft"].map((bg): [string, string, number] => [
    "placeholder",
    bg,
    TEXT,
  ]),
  ["warn-text", "warn-bg", TEXT],
  ["warn-text", "surface", TEXT],
  ...["warm-text", "info-text", "violet-text"].flatMap((fg): [string, string, number][] => [
    [fg, "surface", TEXT],
    [fg, "surface-muted", TEXT],
  ]),
  ...["focus", "border-strong", "accent", "danger"].flatMap((fg): [string, string, number][] => [
    [fg, "bg", UI],
    [fg, "surface", UI],
    [fg, "surface-muted", UI],
  ]),
  ["danger", "danger-soft", UI],
  // The charts' bars, against the card they are drawn on.
  ...["chart-kept", "chart-late", "chart-broken", "chart-count"].flatMap((fg): [string, string, number][] => [
    [fg, "surface", UI],
    [fg, "surface-muted", UI],
  ]),
];

describe.each([
  ["light", light],
  ["dark", dark],
])("the %s palette", (_name, palette) => {
  it("defines every colour the light one does", () => {
    expect(Object.keys(palette).sort()).toEqual(Object.keys(light).sort());
  });

  it.each(PAIRS)("--%s on --%s reaches %s:1", (fg, bg, minimum) => {
    const ratio = contrastRatio(palette[fg], palette[bg]);
    expect(ratio, `--${fg} ${palette[fg]} on --${bg} ${palette[bg]}`).toBeGreaterThanOrEqual(minimum);
  });
});

describe("contrastRatio", () => {
  it("matches WCAG's figures", () => {
    expect(contrastRatio("#000", "#fff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
  });
});
