/**
 * Long work's progress in words and as one bar: the stage the core reports, said plainly, and how far along the
 * whole piece of work is (each stage taking its share of the bar, so it never jumps back).
 */
import type { TaskProgress } from "../api/events";
import type { Stage } from "../api/types";
import { t } from "../i18n/i18n.svelte";

/** A piece of work's stages in order, each with its share of the bar (shares add up to 100). */
export type StagePlan = readonly (readonly [Stage, number])[];

/** An import: the file read, each contact compared, then written and made findable. */
export const IMPORT_STAGES: StagePlan = [
  ["reading", 5],
  ["matching", 30],
  ["saving", 45],
  ["indexing", 17],
  ["finishing", 3],
];

/** An import's preview: the file read, each contact compared. */
export const PREVIEW_STAGES: StagePlan = [
  ["reading", 10],
  ["matching", 90],
];

/** An export: every customer written to the file. */
export const EXPORT_STAGES: StagePlan = [["exporting", 100]];

/** A backup: the notebook's pages copied, then the copy checked. */
export const BACKUP_STAGES: StagePlan = [
  ["copying", 85],
  ["checking", 15],
];

/**
 * A restore: the backup checked, a copy of the notebook kept (copied and checked: the bar stays where it is while
 * that copy is checked), the backup's pages put in place, then brought up to date.
 */
export const RESTORE_STAGES: StagePlan = [
  ["checking", 10],
  ["copying", 40],
  ["restoring", 45],
  ["finishing", 5],
];

/** Changing or removing a passphrase: the whole notebook written again (no count), the copy checked, put in place. */
export const PASSPHRASE_STAGES: StagePlan = [
  ["rewriting", 80],
  ["checking", 15],
  ["finishing", 5],
];

/** Protecting: as a passphrase change, then (when plain backups exist) a protected backup taken at once. */
export const PROTECT_STAGES: StagePlan = [
  ["rewriting", 60],
  ["checking", 10],
  ["finishing", 5],
  ["copying", 25],
];

/** A merge: the merged customer's history moved, then the rest in one go. */
export const MERGE_STAGES: StagePlan = [
  ["moving", 90],
  ["finishing", 10],
];

/** Adding customers to a situation. */
export const ADD_STAGES: StagePlan = [
  ["adding", 90],
  ["finishing", 10],
];

/** Recording that customers were told: a conversation on each one's timeline. */
export const TELL_STAGES: StagePlan = [
  ["telling", 90],
  ["finishing", 10],
];

/** Closing a situation: each affected customer's follow-ups planned. */
export const CLOSE_STAGES: StagePlan = [
  ["closing", 90],
  ["finishing", 10],
];

/** The stage alone, for a screen reader's announcement: "Saving the contacts…". */
export function stageName(stage: Stage): string {
  return t(`progress-stage-${stage}`);
}

/** The stages whose counts are said in words, with the message that says them. */
const COUNTED: Partial<Record<Stage, string>> = {
  saving: "progress-saving-count",
  exporting: "progress-exporting-count",
  moving: "progress-moving-count",
  adding: "progress-adding-count",
  telling: "progress-telling-count",
  closing: "progress-closing-count",
};

/** What is happening, with the count where it helps: "Saving 12,400 of 20,000…". */
export function stageWords(progress: TaskProgress): string {
  const message = COUNTED[progress.stage];
  if (message && progress.of > 0) {
    return t(message, { done: Math.min(progress.done, progress.of), of: progress.of });
  }
  return stageName(progress.stage);
}

/**
 * Whether the report has no amount to show, so the bar says "working" rather than how far: the notebook written
 * again under a passphrase (one step for SQLCipher), or customers a search picks added in one statement.
 */
export function uncounted(progress: TaskProgress | null): boolean {
  if (progress === null) return false;
  return progress.stage === "rewriting" || (progress.stage === "adding" && progress.of === 0);
}

/** How far along the whole piece of work is, 0–100, whole numbers. */
export function percentDone(progress: TaskProgress, plan: StagePlan): number {
  let before = 0;
  for (const [stage, share] of plan) {
    if (stage === progress.stage) {
      const part = progress.of > 0 ? Math.min(progress.done, progress.of) / progress.of : 0;
      return Math.min(100, Math.floor(before + share * part));
    }
    before += share;
  }
  return 0;
}

/** Whether Cancel can still stop the work without anything saved. */
export function canCancel(stage: Stage): boolean {
  return stage !== "finishing";
}

let made = 0;

/** A new id for a piece of work, for its progress events and its Cancel: "import-3-…". */
export function newTaskId(kind: string): string {
  made += 1;
  return `${kind}-${made}-${Date.now().toString(36)}`;
}
