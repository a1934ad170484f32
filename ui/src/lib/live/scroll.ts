/**
 * Keeping the page where the person was reading while what is above it
 * changes (a row added to a timeline by another desk): the first element
 * on screen is remembered before the change and the window is scrolled by
 * however far it moved.
 */

/** The elements an anchor is chosen among: rows, cards and headings. */
const ANCHORS = "li, section, article, h1, h2, h3, tr, p";

/** The first anchor element whose bottom is below the top of the window, and where its top is. */
function anchor(): { element: Element; top: number } | null {
  if (typeof window === "undefined" || window.scrollY <= 0) return null;
  for (const element of document.querySelectorAll(ANCHORS)) {
    const rect = element.getBoundingClientRect();
    if (rect.bottom > 0 && rect.height > 0) return { element, top: rect.top };
  }
  return null;
}

/**
 * Runs `change` (which updates what is drawn and resolves once it is drawn),
 * then scrolls so the element that was at the top of the window stays
 * there. At the top of the page nothing is held: what was added shows.
 */
export async function keepScroll(change: () => Promise<void>): Promise<void> {
  const before = anchor();
  await change();
  if (!before || !before.element.isConnected) return;
  const moved = before.element.getBoundingClientRect().top - before.top;
  if (moved !== 0) window.scrollBy(0, moved);
}
