/**
 * No English written straight into a component: its text, and the
 * `aria-label`, `placeholder`, `title`, `alt`, `label` and `legend`
 * attributes people read or hear, must come from the catalogues
 * (`locales/<language>/<domain>.ftl`, through `t()`). Every component under
 * ui/src is scanned, `App.svelte` included.
 */
import { describe, expect, it } from "vitest";

/** Words that are the same in every language: the product's name and keys as the keyboard writes them. */
const SAME_EVERYWHERE = new Set(["Kindly", "Esc", "Enter", "Shift", "Shift+Enter"]);

// Keyed by path from here: "../../App.svelte", "../team/owner/….svelte".
const components = import.meta.glob<string>("../../**/*.svelte", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** `text` without its `{…}` expressions (nested braces included). */
function withoutExpressions(text: string): string {
  let out = "";
  let depth = 0;
  for (const ch of text) {
    if (ch === "{") depth += 1;
    if (depth === 0) out += ch;
    if (ch === "}" && depth > 0) {
      depth -= 1;
      if (depth === 0) out += " ";
    }
  }
  return out;
}

/** The words a person would read in a component's markup, written there as literals. */
function literalWords(source: string): string[] {
  const markup = withoutExpressions(
    source
      .replace(/<script[\s\S]*?<\/script>/g, " ")
      .replace(/<style[\s\S]*?<\/style>/g, " ")
      .replace(/<!--[\s\S]*?-->/g, " "),
  );
  const found: string[] = [];
  for (const match of markup.matchAll(/\s(aria-label|placeholder|title|alt|label|legend)="([^"]*)"/g)) {
    found.push(match[2]);
  }
  const text = markup.replace(/<[^>]*>/g, "\n");
  found.push(...text.split("\n"));
  return found
    .map((words) => words.trim())
    .filter((words) => /\p{L}{2,}/u.test(words))
    .filter((words) => !words.split(/\s+/).every((word) => SAME_EVERYWHERE.has(word)));
}

describe("the scanner", () => {
  it("finds text, labels and placeholders written in English, and nothing else", () => {
    const source = `<script>const a = "Not shown";</script>
<!-- A comment -->
<p>Hello there</p>
<button aria-label="Close it" title={t("x")}>{t("close")} <kbd>Esc</kbd></button>
<input placeholder="Type here" class="input" />
{#if shown}<span>{count}</span>{/if}
<style>.a { color: red; }</style>`;
    expect(literalWords(source)).toEqual(["Close it", "Type here", "Hello there"]);
  });
});

describe("every component", () => {
  const files = Object.entries(components);

  it("is scanned, the app's own and each domain's", () => {
    expect(files.map(([path]) => path)).toContain("../../App.svelte");
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files.map(([path, source]) => [path.replace(/^(\.\.\/)+/, ""), source] as const))(
    "%s has no words outside the catalogue",
    (_, source) => {
      expect(literalWords(source)).toEqual([]);
    },
  );
});
