/**
 * A message cut where some of its values go, so a component can show those
 * values in markup (`<strong>`, a path's `<span>`) while the words around them
 * keep the order the language gives them. One message per sentence, never
 * pieces glued in code.
 */
import type { FluentVariable } from "@fluent/bundle";
import { t } from "../i18n/i18n.svelte";

/** Plain words, or a value (`slot` names it) for the component to put in markup. */
export interface Piece {
  text: string;
  slot: string | null;
}

// Private-use characters: never in a message, so they mark where each value went.
const OPEN = "\u{E000}";
const CLOSE = "\u{E001}";

/** The message `id` in pieces: the values named in `marked` apart, the words between them as they are. */
export function pieces(id: string, args: Record<string, FluentVariable>, marked: readonly string[]): Piece[] {
  const withMarks: Record<string, FluentVariable> = { ...args };
  marked.forEach((name, i) => (withMarks[name] = `${OPEN}${i}${CLOSE}`));
  const out: Piece[] = [];
  for (const [i, part] of t(id, withMarks)
    .split(new RegExp(`${OPEN}(\\d+)${CLOSE}`))
    .entries()) {
    if (i % 2 === 0) {
      if (part) out.push({ text: part, slot: null });
    } else {
      const name = marked[Number(part)];
      out.push({ text: String(args[name] ?? ""), slot: name });
    }
  }
  return out;
}
