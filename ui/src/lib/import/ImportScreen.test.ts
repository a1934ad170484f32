import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import ImportScreen from "./ImportScreen.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc } from "../../test/ipcMock";
import { columnMap, csvFile, deferred, importPreview, importRow } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import type { ImportPreview, ImportSummary } from "../api/types";
import type { TaskProgress } from "../api/events";
import { buildMap, choicesFrom } from "./columns";
import { doneText } from "./words";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

// The shell's "progress" events: the screen's listener, kept so a test can send one.
const shell = vi.hoisted(() => ({ progress: null as ((report: TaskProgress) => void) | null }));
vi.mock("../api/events", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../api/events")>()),
  listenToProgress: (handler: (report: TaskProgress) => void) => {
    shell.progress = handler;
    return () => {
      if (shell.progress === handler) shell.progress = null;
    };
  },
}));

/** Sends a "progress" event as the shell does. */
function report(task: string, stage: TaskProgress["stage"], done = 0, of = 0): void {
  if (!shell.progress) throw new Error("the screen is not listening to progress");
  shell.progress({ task, stage, done, of });
}

const spreadsheet = csvFile();
const guess = spreadsheet.csv!.guess;

/** Rosa is new, Tom is added to the Tom already here, Ana is here already, line 5 cannot be read. */
const preview: ImportPreview = importPreview({
  create_count: 1,
  merge_count: 1,
  skip_count: 1,
  rows: [
    importRow({ line: 2, name: "Rosa <b>Diaz</b>", action: "create", problems: ["The note was shortened."] }),
    importRow({
      line: 3,
      name: "Tom Baker",
      action: "merge",
      matched: "Tom Baker",
      matched_id: "id-tom",
      reason: "same phone number 07700 900456",
      changes: ["adds tom@example.com"],
    }),
    importRow({
      line: 4,
      name: "Ana Lopez",
      action: "skip",
      matched: "Ana López",
      matched_id: "id-ana",
      reason: "same email ana@example.com",
    }),
  ],
  problems: [{ line: 5, message: "This contact has no name." }],
  notes: ["The file was read as Windows-1252 text."],
});

async function chooseFile(file = spreadsheet) {
  const user = userEvent.setup();
  vi.mocked(ipc.chooseImportFile).mockResolvedValue(file);
  render(ImportScreen);
  await user.click(screen.getByTestId("import-choose"));
  return user;
}

describe("Importing contacts", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    vi.mocked(ipc.previewImport).mockResolvedValue(preview);
    vi.mocked(ipc.importContacts).mockResolvedValue({ created: 1, merged: 1, skipped: 1, left_out: 1 });
  });

  it("explains what it takes and changes nothing when the file dialog is cancelled", async () => {
    const user = userEvent.setup();
    render(ImportScreen);

    await waitFor(() => expect(screen.getByRole("heading", { name: "Import contacts" })).toHaveFocus());
    expect(screen.getByText(/Nothing is changed until you press Import\./)).toBeInTheDocument();
    await user.click(screen.getByTestId("import-choose"));

    expect(vi.mocked(ipc.chooseImportFile)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(ipc.previewImport)).not.toHaveBeenCalled();
    expect(screen.queryByTestId("import-columns")).not.toBeInTheDocument();
    expect(screen.queryByTestId("import-preview")).not.toBeInTheDocument();
    expect(screen.getByTestId("import-choose")).toHaveTextContent("Choose a file…");
  });

  it("keeps the file shown when choosing another is cancelled", async () => {
    const user = await chooseFile();
    await screen.findByTestId("import-create-count");
    vi.mocked(ipc.chooseImportFile).mockResolvedValue(null);

    await user.click(screen.getByTestId("import-choose-another"));

    expect(vi.mocked(ipc.chooseImportFile)).toHaveBeenCalledTimes(2);
    expect(vi.mocked(ipc.previewImport)).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId("import-file-name")).toHaveTextContent("customers.csv");
    expect(screen.getByTestId("import-create-count")).toHaveTextContent("1");
  });

  it("starts a CSV file's columns from the guess, shows its first rows, and previews with them", async () => {
    await chooseFile();

    const step = await screen.findByTestId("import-columns");
    expect(within(step).getByRole("combobox", { name: "Full name" })).toHaveValue("0");
    expect(within(step).getByRole("combobox", { name: "Phone" })).toHaveValue("1");
    expect(within(step).getByRole("combobox", { name: "Email" })).toHaveValue("2");
    expect(within(step).getByRole("combobox", { name: "Notes" })).toHaveValue("3");
    for (const field of ["First name", "Last name", "Nickname", "Company", "Address", "Birthday", "Tags"]) {
      expect(within(step).getByRole("combobox", { name: field })).toHaveValue("");
    }
    const company = screen.getByTestId<HTMLSelectElement>("import-column-company");
    expect([...company.options].map((o) => o.textContent?.trim())).toEqual([
      "(not used)",
      "Name (e.g. Rosa Diaz)",
      "Mobile (e.g. 07700 900123)",
      "E-mail (e.g. rosa@example.com)",
      "Notes (e.g. Likes <b>bold</b> tea)",
      "Town (e.g. Leeds)",
    ]);

    // The first rows, as text, under their headers, with what each column is read as.
    const sample = screen.getByTestId("import-sample");
    expect(
      within(sample)
        .getAllByRole("columnheader")
        .map((h) => h.textContent?.trim()),
    ).toEqual(["Name → Full name", "Mobile → Phone", "E-mail → Email", "Notes → Notes", "Town not used"]);
    expect(within(sample).getAllByRole("row")).toHaveLength(3);
    expect(within(sample).getByText("Likes <b>bold</b> tea")).toBeInTheDocument();
    expect(sample.querySelector("b")).toBeNull();

    await waitFor(() => expect(vi.mocked(ipc.previewImport)).toHaveBeenCalledWith(guess, expect.any(String)));
    expect(await screen.findByTestId("import-create-count")).toHaveTextContent("1");
  });

  it("previews again on every change, keeping the rest of the guess", async () => {
    const user = await chooseFile();
    await screen.findByTestId("import-create-count");

    await user.selectOptions(screen.getByTestId("import-column-company"), "4");
    expect(vi.mocked(ipc.previewImport)).toHaveBeenLastCalledWith(
      { ...guess, company: 4 },
      expect.any(String),
    );

    await user.selectOptions(screen.getByTestId("import-column-phone"), "4");
    expect(vi.mocked(ipc.previewImport)).toHaveBeenLastCalledWith(
      {
        ...guess,
        company: 4,
        phones: [{ column: 4, label: "", label_column: null }],
      },
      expect.any(String),
    );

    await user.selectOptions(screen.getByTestId("import-column-email"), "");
    expect(vi.mocked(ipc.previewImport)).toHaveBeenLastCalledWith(
      {
        ...guess,
        company: 4,
        phones: [{ column: 4, label: "", label_column: null }],
        emails: [],
      },
      expect.any(String),
    );
    expect(vi.mocked(ipc.previewImport)).toHaveBeenCalledTimes(4);
    expect(within(screen.getByTestId("import-sample")).getAllByRole("columnheader")[4]).toHaveTextContent(
      "→ Company, Phone",
    );
  });

  it("reads the other guessed phone columns too, unless told not to", async () => {
    const withTwoPhones = csvFile({
      csv: {
        ...spreadsheet.csv!,
        headers: ["Name", "Mobile", "E-mail", "Notes", "Work phone"],
        guess: columnMap({
          full_name: 0,
          phones: [
            { column: 1, label: "mobile", label_column: null },
            { column: 4, label: "work", label_column: null },
          ],
        }),
      },
    });
    const user = await chooseFile(withTwoPhones);
    const others = await screen.findByTestId("import-other-phones");
    expect(others).toBeChecked();
    expect(others.closest("label")).toHaveTextContent("Also read Work phone");

    await user.selectOptions(screen.getByTestId("import-column-phone"), "3");
    expect(vi.mocked(ipc.previewImport)).toHaveBeenLastCalledWith(
      expect.objectContaining({
        phones: [
          { column: 3, label: "", label_column: null },
          { column: 4, label: "work", label_column: null },
        ],
      }),
      expect.any(String),
    );

    await user.click(others);
    expect(vi.mocked(ipc.previewImport)).toHaveBeenLastCalledWith(
      expect.objectContaining({ phones: [{ column: 3, label: "", label_column: null }] }),
      expect.any(String),
    );

    // Back to the guessed column: its label comes back with it.
    await user.selectOptions(screen.getByTestId("import-column-phone"), "1");
    expect(vi.mocked(ipc.previewImport)).toHaveBeenLastCalledWith(
      expect.objectContaining({ phones: [{ column: 1, label: "mobile", label_column: null }] }),
      expect.any(String),
    );
  });

  it("says plainly when no column holds the name, and neither previews nor imports", async () => {
    const user = await chooseFile();
    await screen.findByTestId("import-create-count");
    vi.mocked(ipc.previewImport).mockClear();

    const fullName = screen.getByTestId("import-column-full_name");
    await user.selectOptions(fullName, "");

    const message = await screen.findByTestId("import-no-name");
    expect(message).toHaveTextContent("Choose the column with each customer’s name");
    expect(fullName).toHaveAccessibleDescription(/Choose the column with each customer’s name/);
    expect(fullName).toHaveAttribute("aria-invalid", "true");
    expect(vi.mocked(ipc.previewImport)).not.toHaveBeenCalled();
    expect(screen.queryByTestId("import-create-count")).not.toBeInTheDocument();
    expect(screen.getByTestId("import-confirm")).toBeDisabled();

    // First and last name are enough.
    await user.selectOptions(screen.getByTestId("import-column-given_name"), "0");
    expect(screen.queryByTestId("import-no-name")).not.toBeInTheDocument();
    expect(vi.mocked(ipc.previewImport)).toHaveBeenLastCalledWith(
      {
        ...guess,
        full_name: null,
        given_name: 0,
      },
      expect.any(String),
    );
    await waitFor(() => expect(screen.getByTestId("import-confirm")).toBeEnabled());
  });

  it("shows the message straight away when the guess found no name", async () => {
    await chooseFile(csvFile({ csv: { ...spreadsheet.csv!, guess: columnMap({ notes: 3 }) } }));

    expect(await screen.findByTestId("import-no-name")).toBeInTheDocument();
    expect(vi.mocked(ipc.previewImport)).not.toHaveBeenCalled();
    expect(screen.getByTestId("import-confirm")).toBeDisabled();
  });

  it("shows the counts, what happens to each contact, and what cannot be imported, as text", async () => {
    await chooseFile({ name: "phone.vcf", csv: null });

    expect(await screen.findByTestId("import-create-count")).toHaveTextContent(/^1$/);
    expect(vi.mocked(ipc.previewImport)).toHaveBeenCalledWith(null, expect.any(String));
    expect(screen.queryByTestId("import-columns")).not.toBeInTheDocument();
    const step = screen.getByTestId("import-preview");
    expect(screen.getByTestId("import-file-name")).toHaveTextContent("phone.vcf");
    expect(screen.getByTestId("import-merge-count")).toHaveTextContent(/^1$/);
    expect(screen.getByTestId("import-skip-count")).toHaveTextContent(/^1$/);
    expect(screen.getByTestId("import-problem-count")).toHaveTextContent(/^1$/);
    expect(step).toHaveTextContent("1 new customer");
    expect(step).toHaveTextContent("1 added to a customer already here");
    expect(step).toHaveTextContent("1 already here, nothing new");
    expect(step).toHaveTextContent("1 can’t be imported");
    expect(screen.getByTestId("import-note")).toHaveTextContent("The file was read as Windows-1252 text.");

    const rows = screen.getAllByTestId("import-row");
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent("2");
    expect(rows[0]).toHaveTextContent("Rosa <b>Diaz</b>");
    expect(rows[0].querySelector("b")).toBeNull();
    expect(rows[0]).toHaveTextContent("New customer");
    expect(rows[0]).toHaveTextContent("The note was shortened.");
    expect(rows[1]).toHaveTextContent(
      "Add to Tom Baker — same phone number 07700 900456: adds tom@example.com",
    );
    expect(rows[2]).toHaveTextContent("Already here as Ana López — same email ana@example.com");
    expect(screen.getByTestId("import-problem")).toHaveTextContent("Line 5: This contact has no name.");
    expect(screen.queryByTestId("import-more")).not.toBeInTheDocument();
    expect(screen.getByTestId("import-confirm")).toHaveTextContent("Import 2 contacts");
    expect(screen.getByTestId("import-confirm")).toBeEnabled();
  });

  it("says how many more there are when not every contact is listed", async () => {
    vi.mocked(ipc.previewImport).mockResolvedValue({ ...preview, create_count: 600 });
    await chooseFile({ name: "big.vcf", csv: null });

    expect(await screen.findByTestId("import-more")).toHaveTextContent("and 599 more");
    expect(screen.getByTestId("import-confirm")).toHaveTextContent("Import 601 contacts");
  });

  it("offers no Import when nothing would change", async () => {
    vi.mocked(ipc.previewImport).mockResolvedValue(
      importPreview({
        skip_count: 1,
        rows: [importRow({ action: "skip", matched: "Rosa Diaz", matched_id: "r" })],
      }),
    );
    await chooseFile({ name: "phone.vcf", csv: null });

    expect(await screen.findByTestId("import-nothing")).toHaveTextContent(
      "Nothing would change: everyone in this file is already here.",
    );
    expect(screen.getByTestId("import-confirm")).toBeDisabled();
    expect(screen.getByTestId("import-confirm")).toHaveTextContent(/^Import$/);
  });

  it("imports with the columns of the preview, then says calmly what was done", async () => {
    const user = await chooseFile();
    await screen.findByTestId("import-create-count");
    await user.selectOptions(screen.getByTestId("import-column-company"), "4");
    await waitFor(() => expect(screen.getByTestId("import-confirm")).toBeEnabled());
    vi.mocked(ipc.notebookInfo).mockClear();

    await user.click(screen.getByTestId("import-confirm"));

    const expected = buildMap(
      guess,
      { ...choicesFrom(guess), company: "4" },
      {
        phones: true,
        emails: true,
        addresses: true,
      },
    );
    expect(expected).toEqual({ ...guess, company: 4 });
    expect(vi.mocked(ipc.importContacts)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(ipc.importContacts)).toHaveBeenCalledWith(expected, expect.any(String));
    const done = await screen.findByTestId("import-done");
    expect(done).toHaveTextContent(
      "Done. 1 new customer, 1 updated, 1 was already here, 1 couldn’t be imported.",
    );
    expect(done).toHaveFocus();
    expect(screen.queryByTestId("import-preview")).not.toBeInTheDocument();
    expect(screen.queryByTestId("import-columns")).not.toBeInTheDocument();
    // The header's counts are brought up to date.
    await waitFor(() => expect(vi.mocked(ipc.notebookInfo)).toHaveBeenCalled());

    await user.click(screen.getByTestId("import-to-lookup"));
    expect(app.route.name).toBe("lookup");
  });

  it("puts a message about the file beside “Choose a file…”, and others beside their step", async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.chooseImportFile).mockRejectedValue(
      new KindlyError("invalid_input", "This file holds more than 50000 contacts.", "file"),
    );
    render(ImportScreen);
    await user.click(screen.getByTestId("import-choose"));

    const fileError = await screen.findByTestId("import-file-error");
    expect(fileError).toHaveTextContent("This file holds more than 50000 contacts.");
    expect(screen.getByTestId("import-choose")).toHaveAccessibleDescription(/more than 50000 contacts/);
    expect(screen.queryByTestId("import-preview")).not.toBeInTheDocument();

    vi.mocked(ipc.chooseImportFile).mockResolvedValue({ name: "phone.vcf", csv: null });
    vi.mocked(ipc.importContacts).mockRejectedValue(new KindlyError("disk_full", "The disk is full."));
    await user.click(screen.getByTestId("import-choose"));
    expect(screen.queryByTestId("import-file-error")).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId("import-confirm")).toBeEnabled());
    await user.click(screen.getByTestId("import-confirm"));

    expect(await screen.findByTestId("import-error")).toHaveTextContent("The disk is full.");
    expect(screen.queryByTestId("import-done")).not.toBeInTheDocument();
    expect(screen.getByTestId("import-confirm")).toBeEnabled();
  });

  it("shows a quiet “Reading the file…” and keeps the buttons still while a preview runs", async () => {
    const answer = deferred<ImportPreview>();
    vi.mocked(ipc.previewImport).mockReturnValue(answer.promise);
    await chooseFile({ name: "phone.vcf", csv: null });

    expect(await screen.findByTestId("import-reading")).toHaveTextContent("Reading the file…");
    expect(screen.getByTestId("import-choose")).toBeDisabled();
    expect(screen.getByTestId("import-choose-another")).toBeDisabled();
    expect(screen.getByTestId("import-confirm")).toBeDisabled();

    answer.resolve(preview);
    await waitFor(() => expect(screen.queryByTestId("import-reading")).not.toBeInTheDocument());
    expect(screen.getByTestId("import-confirm")).toBeEnabled();
    expect(screen.getByTestId("import-choose")).toBeEnabled();
  });

  it("shows the import's progress in words and as a bar, and Cancel leaves nothing imported", async () => {
    const answer = deferred<ImportSummary>();
    vi.mocked(ipc.importContacts).mockReturnValue(answer.promise);
    const user = await chooseFile({ name: "phone.vcf", csv: null });
    await waitFor(() => expect(screen.getByTestId("import-confirm")).toBeEnabled());

    await user.click(screen.getByTestId("import-confirm"));
    const task = vi.mocked(ipc.importContacts).mock.calls[0][1];
    const bar = await screen.findByRole("progressbar", { name: "Importing contacts" });
    expect(bar).toHaveAttribute("aria-valuenow", "0");

    report(task, "saving", 0, 0);
    report(task, "saving", 12_400, 20_000);
    // Another piece of work's progress is not this one's.
    report("someone-else", "finishing");
    await waitFor(() =>
      expect(screen.getByTestId("task-progress-words")).toHaveTextContent("Saving 12,400 of 20,000…"),
    );
    // Read and matched (35 %), then 62 % of the saving's 45 %.
    expect(bar).toHaveAttribute("aria-valuenow", "62");
    expect(bar).toHaveAccessibleDescription("Saving 12,400 of 20,000…");
    // A screen reader hears the stage once, not every count.
    expect(within(screen.getByTestId("task-progress")).getByRole("status")).toHaveTextContent(
      /^Saving the contacts…$/,
    );
    expect(screen.getByTestId("import-confirm")).toBeDisabled();

    await user.click(screen.getByTestId("task-cancel"));
    expect(vi.mocked(ipc.cancelTask)).toHaveBeenCalledWith(task);
    expect(screen.getByTestId("task-cancel")).toBeDisabled();
    expect(screen.getByTestId("task-progress-words")).toHaveTextContent("Stopping…");

    answer.reject(new KindlyError("cancelled", "Stopped as you asked. Nothing was changed."));
    const said = await screen.findByTestId("import-cancelled");
    expect(said).toHaveTextContent("Nothing was imported.");
    await waitFor(() => expect(said).toHaveFocus());
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(screen.queryByTestId("import-done")).not.toBeInTheDocument();
    expect(screen.queryByTestId("import-error")).not.toBeInTheDocument();
    // The preview stays, and importing again is one press away.
    expect(screen.getByTestId("import-create-count")).toHaveTextContent("1");
    expect(screen.getByTestId("import-confirm")).toBeEnabled();
  });

  it("offers no Cancel once the import is finishing, and says when it is done", async () => {
    const answer = deferred<ImportSummary>();
    vi.mocked(ipc.importContacts).mockReturnValue(answer.promise);
    const user = await chooseFile({ name: "phone.vcf", csv: null });
    await waitFor(() => expect(screen.getByTestId("import-confirm")).toBeEnabled());
    await user.click(screen.getByTestId("import-confirm"));
    const task = vi.mocked(ipc.importContacts).mock.calls[0][1];

    report(task, "indexing", 300, 600);
    await waitFor(() =>
      expect(screen.getByTestId("task-progress-words")).toHaveTextContent(
        "Getting them ready for the lookup…",
      ),
    );
    expect(screen.getByTestId("task-cancel")).toBeEnabled();
    report(task, "finishing");
    await waitFor(() => expect(screen.getByTestId("task-cancel")).toBeDisabled());
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "97");

    answer.resolve({ created: 1, merged: 1, skipped: 1, left_out: 1 });
    expect(await screen.findByTestId("import-done")).toBeInTheDocument();
    expect(vi.mocked(ipc.cancelTask)).not.toHaveBeenCalled();
  });

  it("shows the preview's progress without a Cancel, and stops a preview no longer wanted", async () => {
    const first = deferred<ImportPreview>();
    const second = deferred<ImportPreview>();
    vi.mocked(ipc.previewImport).mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    const user = await chooseFile();
    const firstTask = await vi.waitFor(() => vi.mocked(ipc.previewImport).mock.calls[0][1]);

    report(firstTask, "matching", 500, 1_000);
    const bar = await screen.findByRole("progressbar", { name: "Reading the file" });
    await waitFor(() => expect(bar).toHaveAttribute("aria-valuenow", "55"));
    expect(screen.getByTestId("task-progress-words")).toHaveTextContent("Checking for people already here…");
    expect(screen.queryByTestId("task-cancel")).not.toBeInTheDocument();

    // Another column chosen: the first preview is not wanted any more.
    await user.selectOptions(screen.getByTestId("import-column-company"), "4");
    await waitFor(() => expect(vi.mocked(ipc.cancelTask)).toHaveBeenCalledWith(firstTask));
    const secondTask = vi.mocked(ipc.previewImport).mock.calls[1][1];
    expect(secondTask).not.toBe(firstTask);
    first.reject(new KindlyError("cancelled", "Stopped as you asked. Nothing was changed."));
    second.resolve(preview);
    expect(await screen.findByTestId("import-create-count")).toHaveTextContent("1");
    expect(screen.queryByTestId("import-preview-error")).not.toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(vi.mocked(ipc.cancelTask)).toHaveBeenCalledTimes(1);
  });

  it("words what was done plainly", () => {
    expect(doneText({ created: 12, merged: 3, skipped: 5, left_out: 0 })).toBe(
      "Done. 12 new customers, 3 updated, 5 were already here.",
    );
    expect(doneText({ created: 0, merged: 0, skipped: 0, left_out: 0 })).toBe(
      "Done. Nothing needed changing.",
    );
  });
});

describe("Getting to Import contacts", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    vi.mocked(ipc.chooseImportFile).mockResolvedValue({ name: "phone.vcf", csv: null });
    vi.mocked(ipc.previewImport).mockResolvedValue(preview);
  });

  it("opens from Settings, and leads on to the possible duplicates once done", async () => {
    const user = userEvent.setup();
    render(App);
    await screen.findByTestId("app-ready");
    await user.click(screen.getByTestId("nav-settings"));
    await user.click(await screen.findByTestId("open-import"));

    expect(await screen.findByRole("heading", { name: "Import contacts" })).toBeInTheDocument();
    await user.click(screen.getByTestId("import-choose"));
    await waitFor(() => expect(screen.getByTestId("import-confirm")).toBeEnabled());
    await user.click(screen.getByTestId("import-confirm"));
    await screen.findByTestId("import-done");

    await user.click(screen.getByTestId("import-to-duplicates"));
    expect(await screen.findByRole("heading", { name: "Possible duplicates" })).toBeInTheDocument();
    expect(await screen.findByTestId("duplicates-empty")).toBeInTheDocument();

    await user.click(screen.getByTestId("duplicates-back"));
    expect(await screen.findByTestId("open-import")).toBeInTheDocument();
  });
});
