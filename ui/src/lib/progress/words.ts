/**
 * Long work's progress in words and as one bar: the stage the core reports, said plainly, and how far along the
 * whole piece of work is (each stage taking its share of the bar, so it never jumps back).
 */
import type { TaskProgress } from "../api/events";
import type { Stage } from "../api/types";

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

const number = new Intl.NumberFormat("en");

/** "12,400". */
export function count(n: number): string {
  return number.format(n);
}

/** The stage alone, for a screen reader's announcement: "Saving the contacts…". */
export function stageName(stage: Stage): string {
  switch (stage) {
    case "reading":
      return "Reading the file…";
    case "matching":
      return "Checking for people already here…";
    case "saving":
      return "Saving the contacts…";
    case "indexing":
      return "Getting them ready for the lookup…";
    case "finishing":
      return "Finishing…";
    case "copying":
      return "Copying the notebook…";
    case "checking":
      return "Checking the copy…";
    case "restoring":
      return "Putting the backup in place…";
    case "exporting":
      return "Writing the customers to the file…";
  }
}

/** What is happening, with the count where it helps: "Saving 12,400 of 20,000…". */
export function stageWords(progress: TaskProgress): string {
  const of = count(progress.of);
  const done = count(Math.min(progress.done, progress.of));
  if (progress.stage === "saving" && progress.of > 0) return `Saving ${done} of ${of}…`;
  if (progress.stage === "exporting" && progress.of > 0) return `Writing ${done} of ${of} customers…`;
  return stageName(progress.stage);
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
