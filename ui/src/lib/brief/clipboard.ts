/**
 * Copying text: the Clipboard API where the webview allows it, else a hidden
 * textarea and the older "copy" command. Rejects when neither worked.
 */
import { t } from "../i18n/i18n.svelte";

export async function copyText(text: string): Promise<void> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return;
    }
  } catch {
    // Not allowed here: try the older way.
  }
  if (!copyWithTextarea(text)) throw new Error(t("brief-text-not-copied"));
}

function copyWithTextarea(text: string): boolean {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.setAttribute("aria-hidden", "true");
  area.className = "visually-hidden";
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  document.body.appendChild(area);
  area.select();
  let copied = false;
  try {
    copied = typeof document.execCommand === "function" && document.execCommand("copy");
  } catch {
    copied = false;
  } finally {
    area.remove();
    focused?.focus();
  }
  return copied;
}
