/** Categories are typed as one comma-separated line ("billing, delivery"). */

export function splitCategories(text: string): string[] {
  return text
    .split(",")
    .map((c) => c.trim())
    .filter((c) => c !== "");
}

export function joinCategories(categories: readonly string[]): string {
  return categories.join(", ");
}

/** Adds one category to the typed line, unless it is already there. */
export function addCategory(text: string, category: string): string {
  const current = splitCategories(text);
  if (current.some((c) => c.toLowerCase() === category.toLowerCase())) return text;
  return joinCategories([...current, category]);
}

/** Earlier categories not typed yet, at most `limit`. */
export function unusedSuggestions(text: string, suggestions: readonly string[], limit = 8): string[] {
  const seen = new Set(splitCategories(text).map((c) => c.toLowerCase()));
  const out: string[] = [];
  for (const s of suggestions) {
    const key = s.trim().toLowerCase();
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(s.trim());
    if (out.length === limit) break;
  }
  return out;
}
