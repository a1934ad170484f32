/** Turning a refused save into a message beside the right field. */
import { toKindlyError } from "../api/errors";
import type { FieldProblem } from "../customers/draft";

export type { FieldProblem };

/**
 * Where a failure belongs: beside one of `fields` (Rust's `categories.2` counts
 * as `categories`), or in the form's general message area.
 */
export function placeProblem(
  reason: unknown,
  fields: readonly string[],
): { problem: FieldProblem } | { message: string } {
  const error = toKindlyError(reason);
  if (error.code === "invalid_input" && error.field !== null) {
    const base = error.field.split(".")[0];
    if (fields.includes(base)) return { problem: { field: base, message: error.message } };
  }
  return { message: error.message };
}
