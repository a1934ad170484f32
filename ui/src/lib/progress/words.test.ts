import { describe, expect, it } from "vitest";
import type { TaskProgress } from "../api/events";
import {
  ADD_STAGES,
  BACKUP_STAGES,
  CLOSE_STAGES,
  IMPORT_STAGES,
  MERGE_STAGES,
  PASSPHRASE_STAGES,
  PREVIEW_STAGES,
  PROTECT_STAGES,
  RESTORE_STAGES,
  TELL_STAGES,
  canCancel,
  newTaskId,
  percentDone,
  stageWords,
  uncounted,
} from "./words";

function at(stage: TaskProgress["stage"], done = 0, of = 0): TaskProgress {
  return { task: "t", stage, done, of };
}

describe("progress in words", () => {
  it("says each stage plainly, with the count while saving", () => {
    expect(stageWords(at("reading"))).toBe("Reading the file…");
    expect(stageWords(at("matching", 4_000, 20_000))).toBe("Checking for people already here…");
    expect(stageWords(at("saving", 12_400, 20_000))).toBe("Saving 12,400 of 20,000…");
    expect(stageWords(at("saving"))).toBe("Saving the contacts…");
    expect(stageWords(at("indexing", 1, 2))).toBe("Getting them ready for the lookup…");
    expect(stageWords(at("finishing"))).toBe("Finishing…");
  });

  it("fills one bar over every stage, never going back", () => {
    for (const plan of [IMPORT_STAGES, PREVIEW_STAGES]) {
      expect(plan.reduce((sum, [, share]) => sum + share, 0)).toBe(100);
    }
    const steps = [
      at("reading"),
      at("matching", 0, 1_000),
      at("matching", 500, 1_000),
      at("matching", 1_000, 1_000),
      at("saving", 0, 800),
      at("saving", 400, 800),
      at("saving", 800, 800),
      at("indexing", 0, 900),
      at("indexing", 900, 900),
      at("finishing"),
    ];
    const percents = steps.map((s) => percentDone(s, IMPORT_STAGES));
    expect(percents).toEqual([0, 5, 20, 35, 35, 57, 80, 80, 97, 97]);
    // A count past its end (or an unknown stage) stays within the bar.
    expect(percentDone(at("finishing", 5, 1), IMPORT_STAGES)).toBe(100);
    expect(percentDone(at("saving", 1, 2), PREVIEW_STAGES)).toBe(0);
  });

  it("lets Cancel stop the work until it is finishing", () => {
    expect(canCancel("saving")).toBe(true);
    expect(canCancel("finishing")).toBe(false);
  });

  it("gives every piece of work its own id", () => {
    const a = newTaskId("import");
    const b = newTaskId("import");
    expect(a).not.toBe(b);
    expect(a.startsWith("import-")).toBe(true);
    expect(a.length).toBeLessThanOrEqual(64);
  });
});

describe("a backup's and a restore's progress", () => {
  it("says what is happening to the notebook", () => {
    expect(stageWords(at("copying", 10, 100))).toBe("Copying the notebook…");
    expect(stageWords(at("checking"))).toBe("Checking the copy…");
    expect(stageWords(at("restoring", 1, 2))).toBe("Putting the backup in place…");
  });

  it("fills the bar over the stages of each", () => {
    for (const plan of [BACKUP_STAGES, RESTORE_STAGES]) {
      expect(plan.reduce((sum, [, share]) => sum + share, 0)).toBe(100);
    }
    expect(percentDone(at("copying", 50, 100), BACKUP_STAGES)).toBe(42);
    expect(percentDone(at("checking"), BACKUP_STAGES)).toBe(85);
    expect(percentDone(at("restoring", 50, 100), RESTORE_STAGES)).toBe(72);
  });
});

describe("an export's progress", () => {
  it("counts the customers written", () => {
    expect(stageWords(at("exporting", 4_000, 20_000))).toBe("Writing 4,000 of 20,000 customers…");
    expect(stageWords(at("exporting"))).toBe("Writing the customers to the file…");
  });
});

describe("the progress of a passphrase, a merge and a situation's steps", () => {
  it("counts what can be counted, in words", () => {
    expect(stageWords(at("moving", 200, 5_000))).toBe("Moving 200 of 5,000 entries…");
    expect(stageWords(at("adding", 1_200, 3_000))).toBe("Adding 1,200 of 3,000 customers…");
    expect(stageWords(at("telling", 600, 2_000))).toBe("Recording 600 of 2,000 customers told…");
    expect(stageWords(at("closing", 10, 20))).toBe("Follow-ups for 10 of 20 customers…");
    expect(stageWords(at("rewriting"))).toBe("Writing the whole notebook again…");
    expect(stageWords(at("adding"))).toBe("Adding the customers…");
  });

  it("says which reports have no amount to show", () => {
    expect(uncounted(at("rewriting"))).toBe(true);
    expect(uncounted(at("adding"))).toBe(true);
    expect(uncounted(at("adding", 0, 600))).toBe(false);
    expect(uncounted(at("telling"))).toBe(false);
    expect(uncounted(null)).toBe(false);
  });

  it("fills the bar over each plan's stages", () => {
    for (const plan of [
      PASSPHRASE_STAGES,
      PROTECT_STAGES,
      MERGE_STAGES,
      ADD_STAGES,
      TELL_STAGES,
      CLOSE_STAGES,
    ]) {
      expect(plan.reduce((sum, [, share]) => sum + share, 0)).toBe(100);
    }
    expect(percentDone(at("telling", 300, 600), TELL_STAGES)).toBe(45);
    expect(percentDone(at("finishing"), TELL_STAGES)).toBe(90);
    expect(percentDone(at("moving", 500, 500), MERGE_STAGES)).toBe(90);
    expect(percentDone(at("rewriting"), PASSPHRASE_STAGES)).toBe(0);
    expect(percentDone(at("copying", 1, 2), PROTECT_STAGES)).toBe(87);
  });
});
