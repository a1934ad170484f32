/** Putting the cursor where a small form's problem is. */
import { tick } from "svelte";

/** The element with id `target`, else the first field marked invalid inside the form `formId`. */
export function problemField(formId: string, target: string): HTMLElement | null {
  return (
    document.getElementById(target) ?? document.querySelector<HTMLElement>(`#${formId} [aria-invalid="true"]`)
  );
}

/** Once the problem just set is on screen, focuses the field it names (see `problemField`). */
export async function focusProblem(formId: string, target: string): Promise<void> {
  await tick();
  problemField(formId, target)?.focus();
}
