import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import type { TaskProgress } from "../api/events";
import type { ProtectOutcome, SituationAction } from "../api/types";
import { resetIpc } from "../../test/ipcMock";
import { deferred, situation, situationMember } from "../../test/fixtures";
import { resetApp } from "../shell/app.svelte";
import CloseForm from "../situations/CloseForm.svelte";
import ProtectForm from "../privacy/ProtectForm.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

// The shell's "progress" events: every listener, so a test can send one.
const listeners = vi.hoisted(() => new Set<(report: TaskProgress) => void>());
vi.mock("../api/events", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../api/events")>()),
  listenToProgress: (handler: (report: TaskProgress) => void) => {
    listeners.add(handler);
    return () => listeners.delete(handler);
  },
}));

function report(task: string, stage: TaskProgress["stage"], done = 0, of = 0): void {
  for (const listener of listeners) listener({ task, stage, done, of });
}

const sit = situation({ members: [situationMember()] });

describe("a situation's step for many customers", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    listeners.clear();
  });

  it("shows the core's count once it is big, and Cancel stops it with nothing changed", async () => {
    const answer = deferred<SituationAction>();
    vi.mocked(ipc.closeSituation).mockReturnValue(answer.promise);
    const onchanged = vi.fn(async () => {});
    render(CloseForm, { situation: sit, onchanged });
    const user = userEvent.setup();

    await user.click(screen.getByTestId("close-situation"));
    const task = vi.mocked(ipc.closeSituation).mock.calls[0][3] as string;
    expect(task).toMatch(/^close-/);
    report(task, "closing", 0, 0);
    // No amount yet: nothing to show.
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();

    report(task, "closing", 600, 2_000);
    const bar = await screen.findByRole("progressbar", { name: "Closing the situation" });
    expect(bar).toHaveAttribute("aria-valuenow", "27");
    expect(bar).toHaveAccessibleDescription("Follow-ups for 600 of 2,000 customers…");
    // Another task's report is not this bar's.
    report("close-other", "closing", 1_900, 2_000);
    expect(bar).toHaveAttribute("aria-valuenow", "27");

    await user.click(screen.getByTestId("task-cancel"));
    expect(vi.mocked(ipc.cancelTask)).toHaveBeenCalledWith(task);
    expect(screen.getByTestId("task-progress-words")).toHaveTextContent("Stopping…");
    answer.reject(new KindlyError("cancelled", "Nothing was changed."));

    expect(await screen.findByTestId("task-stopped")).toHaveTextContent("Stopped. Nothing was changed.");
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(onchanged).not.toHaveBeenCalled();
  });

  it("shows no bar for a few customers", async () => {
    const answer = deferred<SituationAction>();
    vi.mocked(ipc.closeSituation).mockReturnValue(answer.promise);
    render(CloseForm, { situation: sit, onchanged: vi.fn(async () => {}) });
    const user = userEvent.setup();

    await user.click(screen.getByTestId("close-situation"));
    const task = vi.mocked(ipc.closeSituation).mock.calls[0][3] as string;
    report(task, "closing", 0, 3);
    report(task, "closing", 3, 3);
    report(task, "finishing");
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    answer.resolve({ id: "a", kind: "close", count: 3, at: 0 });
    await waitFor(() => expect(screen.getByTestId("close-situation")).toBeEnabled());
  });

  it("can no longer be cancelled once it is finishing", async () => {
    const answer = deferred<SituationAction>();
    vi.mocked(ipc.closeSituation).mockReturnValue(answer.promise);
    render(CloseForm, { situation: sit, onchanged: vi.fn(async () => {}) });
    const user = userEvent.setup();

    await user.click(screen.getByTestId("close-situation"));
    const task = vi.mocked(ipc.closeSituation).mock.calls[0][3] as string;
    report(task, "closing", 2_000, 2_000);
    expect(await screen.findByTestId("task-cancel")).toBeEnabled();
    report(task, "finishing");
    await waitFor(() => expect(screen.getByTestId("task-cancel")).toBeDisabled());
    answer.resolve({ id: "a", kind: "close", count: 2_000, at: 0 });
  });
});

describe("protecting the notebook", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    listeners.clear();
  });

  it("shows each stage at once, with a moving bar while it cannot count, and offers no Cancel", async () => {
    const answer = deferred<ProtectOutcome>();
    vi.mocked(ipc.protectNotebook).mockReturnValue(answer.promise);
    render(ProtectForm, { ondone: vi.fn() });
    const user = userEvent.setup();

    await user.type(screen.getByTestId("protect-passphrase"), "correct horse");
    await user.type(screen.getByTestId("protect-again"), "correct horse");
    await user.click(screen.getByTestId("protect-submit"));
    const bar = await screen.findByRole("progressbar", { name: "Protecting the notebook" });
    expect(bar).toHaveAccessibleDescription("Starting…");
    const task = vi.mocked(ipc.protectNotebook).mock.calls[0][3] as string;

    report(task, "rewriting");
    await waitFor(() => expect(bar).toHaveAccessibleDescription("Writing the whole notebook again…"));
    expect(bar).not.toHaveAttribute("aria-valuenow");
    expect(bar).toHaveClass("indeterminate");
    expect(screen.queryByTestId("task-cancel")).not.toBeInTheDocument();
    expect(screen.getByTestId("progress-no-cancel")).toHaveTextContent("cannot be stopped halfway");

    report(task, "checking");
    await waitFor(() => expect(bar).toHaveAttribute("aria-valuenow", "60"));
    expect(bar).not.toHaveClass("indeterminate");
    answer.resolve({ settings: { protected: true, lock_after_minutes: 0 }, plain_backups_waiting: 0 });
    await waitFor(() => expect(screen.queryByRole("progressbar")).not.toBeInTheDocument());
  });
});
