/** Kindly's bundled typeface (fonts/inter.css), ready before the first screen is drawn. */

/** Longest the first screen waits for the typeface (ms); after that it shows in the system's. */
const WAIT_AT_MOST_MS = 300;

/**
 * Resolves once the bundled typeface is loaded (index.html preloads it, so
 * usually at once), or after `WAIT_AT_MOST_MS`, or where the window cannot
 * load fonts (unit tests). Never rejects: text then shows in the fallback.
 */
export function typefaceReady(): Promise<void> {
  const fonts = typeof document !== "undefined" ? document.fonts : undefined;
  if (!fonts || typeof fonts.load !== "function") return Promise.resolve();
  const loaded = fonts.load('1rem "Inter"').then(
    () => {},
    () => {},
  );
  const late = new Promise<void>((resolve) => setTimeout(resolve, WAIT_AT_MOST_MS));
  return Promise.race([loaded, late]);
}
