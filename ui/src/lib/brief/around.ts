/**
 * One message split around one of its variables, so that variable can sit in
 * its own element (a name in bold, a `<time>`) while the sentence stays one
 * message each language orders as it needs ("war <time>gestern</time> fällig").
 */
import type { FluentVariable } from "@fluent/bundle";
import { t } from "../i18n/i18n.svelte";

/** A character no message and no variable holds, put where `name` goes. */
const MARK = "\uE000";

/**
 * The words of message `id` before and after its variable `name`; the other
 * `args` are filled in. A language whose message lacks the variable gives
 * its whole sentence before, nothing after.
 */
export function around(
  id: string,
  name: string,
  args: Record<string, FluentVariable> = {},
): { before: string; after: string } {
  const text = t(id, { ...args, [name]: MARK });
  const at = text.indexOf(MARK);
  if (at < 0) return { before: text, after: "" };
  return { before: text.slice(0, at), after: text.slice(at + MARK.length) };
}
