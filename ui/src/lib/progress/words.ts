/**
 * Long work's progress in words and as one bar: the stage the core reports, said plainly, and how far along the
 * whole piece of work is (each stage taking its share of the bar, so it never jumps back).
 */
import type { TaskProgress } from "../api/events";
import type { Stage } from "../api/types";
import { formatNumber } from "../i18n/format";
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

/** "12,400", "12 400", "12.400": a count in the chosen language. */
export function count(n: number): string {
  return formatNumber(n);
}

/** Each stage's message: a stage the core adds must be named here (the compiler says so). */
const STAGE_WORDS: Readonly<Record<Stage, string>> = {
  reading: "progress-reading",
  matching: "progress-matching",
  saving: "progress-saving",
  indexing: "progress-indexing",
  finishing: "progress-finishing",
  copying: "progress-copying",
  checking: "progress-checking",
  restoring: "progress-restoring",
  exporting: "progress-exporting",
};

/** The stage alone, for a screen reader's announcement: "Saving the contacts…". */
export function stageName(stage: Stage): string {
  return t(STAGE_WORDS[stage]);
}

/** What is happening, with the count where it helps: "Saving 12,400 of 20,000…". */
export function stageWords(progress: TaskProgress): string {
  const total = count(progress.of);
  const done = count(Math.min(progress.done, progress.of));
  if (progress.stage === "saving" && progress.of > 0) return t("progress-saving-count", { done, total });
  if (progress.stage === "exporting" && progress.of > 0) {
    return t("progress-exporting-count", { done, total, count: progress.of });
  }
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
