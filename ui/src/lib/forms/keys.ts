import { hasMod } from "../shell/keys";

/**
 * Keys inside one small form: Ctrl/Cmd+Enter saves, Esc cancels (and does not
 * also leave the page). Plain Enter never saves: the forms' Save buttons are
 * not submit buttons and `stopSubmit` swallows implicit submission.
 */
export function formKeydown(event: KeyboardEvent, save: () => void, cancel: () => void): void {
  if (event.defaultPrevented) return;
  if (hasMod(event) && event.key === "Enter") {
    event.preventDefault();
    save();
  } else if (event.key === "Escape") {
    event.preventDefault();
    cancel();
  }
}

export function stopSubmit(event: SubmitEvent): void {
  event.preventDefault();
}

interface FormKeyHandlers {
  save: () => void;
  cancel: () => void;
}

/** `use:formKeys={{ save, cancel }}` on a small form: see `formKeydown`. */
export function formKeys(node: HTMLElement, handlers: FormKeyHandlers) {
  let current = handlers;
  const listener = (event: KeyboardEvent) =>
    formKeydown(
      event,
      () => current.save(),
      () => current.cancel(),
    );
  node.addEventListener("keydown", listener);
  return {
    update(next: FormKeyHandlers) {
      current = next;
    },
    destroy() {
      node.removeEventListener("keydown", listener);
    },
  };
}

/** `use:onEscape={close}` on a small panel: Esc inside it calls `close` (and does not also leave the page). */
export function onEscape(node: HTMLElement, handler: () => void) {
  let current = handler;
  const listener = (event: KeyboardEvent) => {
    if (event.key === "Escape" && !event.defaultPrevented) {
      event.preventDefault();
      current();
    }
  };
  node.addEventListener("keydown", listener);
  return {
    update(next: () => void) {
      current = next;
    },
    destroy() {
      node.removeEventListener("keydown", listener);
    },
  };
}
