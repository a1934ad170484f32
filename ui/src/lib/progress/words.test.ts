import { afterAll, describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/svelte";
import { setLanguage } from "../i18n/i18n.svelte";
import TaskProgressBar from "./TaskProgressBar.svelte";
import type { TaskProgress } from "../api/events";
import {
  BACKUP_STAGES,
  IMPORT_STAGES,
  PREVIEW_STAGES,
  RESTORE_STAGES,
  canCancel,
  newTaskId,
  percentDone,
  stageName,
  stageWords,
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

describe("progress in French", () => {
  afterAll(async () => {
    await setLanguage("en", false);
  });

  it("says the stage and the counts in French, with French separators", async () => {
    await setLanguage("fr", false);
    expect(stageName("copying")).toBe("Copie du carnet…");
    expect(stageWords(at("saving", 12_400, 20_000))).toBe("Enregistrement de 12\u202f400 sur 20\u202f000…");
    expect(stageWords(at("exporting", 1, 1))).toBe("Écriture de 1 sur 1 client…");
    expect(stageWords(at("exporting", 3, 5))).toBe("Écriture de 3 sur 5 clients…");
  });

  it("shows the bar in French, its value read out with the French percent", async () => {
    await setLanguage("fr", false);
    render(TaskProgressBar, {
      progress: at("copying", 50, 100),
      plan: BACKUP_STAGES,
      label: "Sauvegarde",
      oncancel: () => {},
    });
    const bar = screen.getByRole("progressbar", { name: "Sauvegarde" });
    expect(bar).toHaveAttribute("aria-valuetext", "42\u00a0%\u00a0: Copie du carnet…");
    expect(screen.getByTestId("task-progress-words")).toHaveTextContent("Copie du carnet…");
    expect(screen.getByRole("button", { name: "Annuler" })).toBeInTheDocument();
  });

  it("says Starting… in French before the first report", async () => {
    await setLanguage("fr", false);
    render(TaskProgressBar, { progress: null, plan: BACKUP_STAGES, label: "Sauvegarde" });
    expect(screen.getByTestId("task-progress-words")).toHaveTextContent("Ça commence…");
  });
});
