import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import type { Saved } from "../api/types";
import { deferred, duplicatePair } from "../../test/fixtures";
import { resetIpc } from "../../test/ipcMock";
import { resetApp } from "../shell/app.svelte";
import type { TaskProgress } from "../api/events";

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

async function openSettings() {
  const user = userEvent.setup();
  render(App);
  await screen.findByTestId("app-ready");
  await user.click(screen.getByTestId("nav-settings"));
  await screen.findByRole("heading", { name: "Bring customers in / take them out" });
  return user;
}

describe("Bringing customers in and taking them out", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("exports every customer as vCard, and says which file went where", async () => {
    const user = await openSettings();

    await user.click(screen.getByTestId("export-vcard"));

    expect(vi.mocked(ipc.exportContacts)).toHaveBeenCalledWith("vcard", expect.any(String));
    expect(await screen.findByTestId("export-saved")).toHaveTextContent(
      "Saved “Kindly customers 2026-12-07.vcf” in /home/shop/Downloads.",
    );
  });

  it("says nothing when “Save as” is cancelled, and forgets the last export's line", async () => {
    const user = await openSettings();
    await user.click(screen.getByTestId("export-vcard"));
    await screen.findByTestId("export-saved");
    vi.mocked(ipc.exportContacts).mockResolvedValue(null);

    await user.click(screen.getByTestId("export-csv"));

    expect(vi.mocked(ipc.exportContacts)).toHaveBeenLastCalledWith("csv", expect.any(String));
    await waitFor(() => expect(screen.getByTestId("export-csv")).toBeEnabled());
    expect(screen.queryByTestId("export-saved")).not.toBeInTheDocument();
    expect(screen.queryByTestId("export-error")).not.toBeInTheDocument();
  });

  it("exports as a spreadsheet, saying “Saving…” meanwhile", async () => {
    const answer = deferred<Saved | null>();
    vi.mocked(ipc.exportContacts).mockReturnValue(answer.promise);
    const user = await openSettings();

    await user.click(screen.getByTestId("export-csv"));

    expect(vi.mocked(ipc.exportContacts)).toHaveBeenCalledWith("csv", expect.any(String));
    expect(screen.getByTestId("export-csv")).toHaveTextContent("Saving…");
    // How far it has got, as the core reports it.
    const task = vi.mocked(ipc.exportContacts).mock.calls[0][1];
    const bar = screen.getByRole("progressbar", { name: "Exporting" });
    report(task, "exporting", 4_000, 20_000);
    await waitFor(() => expect(bar).toHaveAccessibleDescription("Writing 4,000 of 20,000 customers…"));
    expect(bar).toHaveAttribute("aria-valuenow", "20");
    expect(screen.getByTestId("export-csv")).toBeDisabled();
    expect(screen.getByTestId("export-vcard")).toBeDisabled();
    answer.resolve({ folder: "/home/ana/Documents", files: ["everyone.csv"] });
    expect(await screen.findByTestId("export-saved")).toHaveTextContent(
      "Saved “everyone.csv” in /home/ana/Documents.",
    );
    expect(screen.getByTestId("export-csv")).toHaveTextContent("As a spreadsheet (CSV)");
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("shows why an export failed", async () => {
    vi.mocked(ipc.exportContacts).mockRejectedValue(new KindlyError("disk_full", "The disk is full."));
    const user = await openSettings();

    await user.click(screen.getByTestId("export-vcard"));

    expect(await screen.findByTestId("export-error")).toHaveTextContent("The disk is full.");
    expect(screen.queryByTestId("export-saved")).not.toBeInTheDocument();
  });

  it("leads to Import contacts and to the possible duplicates", async () => {
    vi.mocked(ipc.likelyDuplicates).mockResolvedValue([duplicatePair()]);
    const user = await openSettings();

    await user.click(screen.getByTestId("open-duplicates"));
    expect(await screen.findByTestId("duplicate-pair")).toBeInTheDocument();

    await user.click(screen.getByTestId("duplicates-back"));
    await user.click(await screen.findByTestId("open-import"));
    expect(await screen.findByTestId("import-choose")).toHaveTextContent("Choose a file…");
    await user.click(screen.getByTestId("import-back"));
    expect(await screen.findByTestId("settings-phone-region")).toBeInTheDocument();
  });
});
