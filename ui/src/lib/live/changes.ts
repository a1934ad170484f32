/**
 * Other desks' work as it happens (a team notebook): the shell's
 * `notebook-changed` event, handed to whichever screens are listening.
 * Each screen decides whether the change is about what it shows (see
 * `touches`) and reloads only its read parts: forms keep their own typing,
 * and `keepScroll` keeps the page where the person was reading.
 */

/** A kind of change, as the shell names it (kindly-core's `ChangeKind`). */
export type ChangeKind = "customers" | "story" | "follow_ups" | "situations";

/**
 * The `notebook-changed` payload (kindly-core's `Changes`): ids only.
 * `everything`: anything may have changed (too many changes to name, or the
 * server was away and changes may have been missed): reload whatever is shown.
 */
export interface NotebookChanges {
  everything: boolean;
  kinds: ChangeKind[];
  customer_ids: string[];
  situation_ids: string[];
}

type Listener = (changes: NotebookChanges) => void;

const listeners = new Set<Listener>();

/** Calls `listener` with every change from now on; the function returned stops it. */
export function onNotebookChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Hands `changes` to every listener (App.svelte, from the shell's event; tests). */
export function announceChanges(changes: NotebookChanges): void {
  for (const listener of [...listeners]) listener(changes);
}

/** Whether `changes` may be about the customer `customerId` (any kind, or everything). */
export function touchesCustomer(changes: NotebookChanges, customerId: string): boolean {
  return changes.everything || changes.customer_ids.includes(customerId);
}

/** Whether `changes` may be about situations (the list, or the one `situationId`). */
export function touchesSituations(changes: NotebookChanges, situationId?: string): boolean {
  if (changes.everything) return true;
  if (!changes.kinds.includes("situations")) return false;
  return situationId === undefined || changes.situation_ids.includes(situationId);
}

/** A payload from the shell, checked: anything unreadable counts as "everything changed". */
export function readChanges(payload: unknown): NotebookChanges {
  const p = (payload ?? {}) as Partial<Record<keyof NotebookChanges, unknown>>;
  const strings = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  const readable =
    typeof p.everything === "boolean" &&
    Array.isArray(p.kinds) &&
    Array.isArray(p.customer_ids) &&
    Array.isArray(p.situation_ids);
  if (!readable) {
    return {
      everything: true,
      kinds: ["customers", "story", "follow_ups", "situations"],
      customer_ids: [],
      situation_ids: [],
    };
  }
  return {
    everything: p.everything as boolean,
    kinds: strings(p.kinds) as ChangeKind[],
    customer_ids: strings(p.customer_ids),
    situation_ids: strings(p.situation_ids),
  };
}
