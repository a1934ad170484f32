import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as ipc from "../api/ipc";
import type { ShellHandlers } from "../api/events";
import { resetIpc } from "../../test/ipcMock";
import { csvFile, deferred, importPreview, importRow, lockStatus } from "../../test/fixtures";
import type { ImportSummary } from "../api/types";
import { app, resetApp } from "../shell/app.svelte";
import { resetLocking } from "../privacy/locking";
import { reportLocked } from "../api/locked";
import { resetDrop } from "./dropped.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

// The shell's events: kept so a test can send one.
const shell: { handlers: ShellHandlers | null } = { handlers: null };
vi.mock("../api/events", () => ({
  listenToShell: (handlers: ShellHandlers) => {
    shell.handlers = handlers;
    return () => {
      shell.handlers = null;
    };
  },
  listenToProgress: () => () => {},
}));

function send(): ShellHandlers {
  if (!shell.handlers) throw new Error("the app is not listening");
  return shell.handlers;
}

async function openApp() {
  const user = userEvent.setup();
  render(App);
  await screen.findByTestId("app-ready");
  return user;
}

describe("A file dropped on the window", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    resetLocking();
    resetDrop();
    shell.handlers = null;
  });

  it("shows where to drop while a file is dragged over, and nothing once it leaves", async () => {
    await openApp();
    expect(screen.queryByTestId("drop-hint")).not.toBeInTheDocument();

    send().fileDrag(true);
    expect(await screen.findByTestId("drop-hint")).toHaveTextContent(
      "Drop a contacts file (.vcf or .csv) to import it",
    );

    send().fileDrag(false);
    await waitFor(() => expect(screen.queryByTestId("drop-hint")).not.toBeInTheDocument());
  });

  it("opens the import preview of a dropped vCard, by its name", async () => {
    vi.mocked(ipc.previewImport).mockResolvedValue(
      importPreview({ create_count: 2, rows: [importRow({ name: "Rosie Park" })] }),
    );
    await openApp();
    send().fileDrag(true);
    await screen.findByTestId("drop-hint");

    send().fileDropped({ file: { name: "Rosie.vcf", csv: null } });

    expect(await screen.findByTestId("import-preview")).toBeInTheDocument();
    expect(screen.getByTestId("import-create-count")).toHaveTextContent("2");
    expect(screen.getByTestId("import-row")).toHaveTextContent("Rosie Park");
    expect(screen.getByTestId("import-file-name")).toHaveTextContent("Rosie.vcf");
    expect(screen.getByTestId("import-choose")).toHaveTextContent("Choose another file…");
    expect(vi.mocked(ipc.previewImport)).toHaveBeenCalledWith(null, expect.any(String));
    expect(vi.mocked(ipc.chooseImportFile)).not.toHaveBeenCalled();
    expect(screen.queryByTestId("drop-hint")).not.toBeInTheDocument();
    expect(app.route.name).toBe("import");
  });

  it("does not leave an import being written for a file dropped meanwhile", async () => {
    const writing = deferred<ImportSummary>();
    vi.mocked(ipc.importContacts).mockReturnValue(writing.promise);
    vi.mocked(ipc.previewImport).mockResolvedValue(importPreview({ create_count: 2 }));
    const user = await openApp();
    send().fileDropped({ file: { name: "Rosie.vcf", csv: null } });
    await screen.findByTestId("import-preview");
    await user.click(screen.getByTestId("import-confirm"));
    expect(screen.getByTestId("import-confirm")).toHaveTextContent("Importing…");

    send().fileDropped({ file: { name: "More.vcf", csv: null } });

    expect(await screen.findByTestId("drop-notice")).toHaveTextContent(
      "Kindly is importing another file now: drop “More.vcf” again once it is done.",
    );
    writing.resolve({ created: 2, merged: 0, skipped: 0, left_out: 0 });
    expect(await screen.findByTestId("import-done")).toBeInTheDocument();

    // Done: the next drop opens its preview.
    send().fileDropped({ file: { name: "More.vcf", csv: null } });
    await waitFor(() => expect(screen.getByTestId("import-file-name")).toHaveTextContent("More.vcf"));
  });

  it("asks which column holds what for a dropped spreadsheet", async () => {
    await openApp();

    send().fileDropped({ file: csvFile() });

    expect(await screen.findByTestId("import-columns")).toBeInTheDocument();
  });

  it("leaves the screen as it was and says plainly why anything else was not taken", async () => {
    const user = await openApp();
    await user.click(screen.getByTestId("nav-settings"));
    await screen.findByTestId("open-import");

    send().fileDropped({
      problem: "Kindly imports contacts from a vCard file (.vcf); “photo.jpg” is neither.",
    });

    const notice = await screen.findByTestId("drop-notice");
    expect(notice).toHaveTextContent("“photo.jpg” is neither.");
    expect(notice).toHaveAttribute("role", "status");
    expect(app.route.name).toBe("settings");
    expect(vi.mocked(ipc.previewImport)).not.toHaveBeenCalled();

    await user.click(screen.getByTestId("drop-notice-dismiss"));
    expect(screen.queryByTestId("drop-notice")).not.toBeInTheDocument();

    // A good file after a refused one: the line goes, the preview opens.
    send().fileDropped({ problem: "Drop one contacts file at a time." });
    await screen.findByTestId("drop-notice");
    send().fileDropped({ file: { name: "Rosie.vcf", csv: null } });
    expect(await screen.findByTestId("import-preview")).toBeInTheDocument();
    expect(screen.queryByTestId("drop-notice")).not.toBeInTheDocument();
  });

  it("waits for the passphrase before opening a file dropped on the locked notebook", async () => {
    vi.mocked(ipc.lockStatus).mockResolvedValue(lockStatus({ protected: true }));
    const user = await openApp();
    reportLocked();
    await screen.findByTestId("unlock-screen");

    send().fileDropped({ file: { name: "Rosie.vcf", csv: null } });

    // Nothing changes under the unlock screen.
    expect(app.route.name).toBe("lookup");
    expect(vi.mocked(ipc.previewImport)).not.toHaveBeenCalled();
    await user.type(screen.getByTestId("unlock-passphrase"), "correct horse{Enter}");
    expect(await screen.findByTestId("import-preview")).toBeInTheDocument();
    expect(screen.getByTestId("import-file-name")).toHaveTextContent("Rosie.vcf");
  });
});
