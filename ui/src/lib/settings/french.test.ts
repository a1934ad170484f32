import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as ipc from "../api/ipc";
import { resetIpc } from "../../test/ipcMock";
import { backup, backupSettings } from "../../test/fixtures";
import { resetApp } from "../shell/app.svelte";
import { setLanguage } from "../i18n/i18n.svelte";
import { backupSize } from "./backups";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

/** 3 March 2025 at 10:00 on this computer's clock. */
const TAKEN = new Date(2025, 2, 3, 10, 0).getTime();

async function openSettings() {
  const user = userEvent.setup();
  render(App);
  await screen.findByTestId("app-ready");
  await user.click(screen.getByTestId("nav-settings"));
  const keep = await screen.findByTestId<HTMLInputElement>("backup-keep-input");
  await waitFor(() => expect(keep).toBeEnabled());
  return { user, keep };
}

describe("Settings in French", () => {
  beforeEach(async () => {
    resetIpc();
    resetApp();
    await setLanguage("fr", false);
  });

  afterAll(async () => {
    await setLanguage("en", false);
  });

  it("shows the screen in French, countries named in French, backups dated and sized the French way", async () => {
    vi.mocked(ipc.backupSettings).mockResolvedValue(backupSettings({ last_backup_at: TAKEN }));
    vi.mocked(ipc.listBackups).mockResolvedValue([backup({ taken_at: TAKEN, bytes: 3_565_158 })]);
    await openSettings();

    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Réglages");
    const region = screen.getByRole("combobox", { name: "Pays des numéros de téléphone" });
    expect(within(region).getByRole("option", { name: "Allemagne" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Sauvegardes" })).toBeInTheDocument();
    expect(screen.getByTestId("backup-last")).toHaveTextContent("Dernière sauvegarde : 3 mars 2025 à 10:00");

    const row = (await screen.findAllByTestId("backup-row"))[0];
    expect(row).toHaveTextContent("3 mars 2025 à 10:00");
    expect(row).toHaveTextContent("3,4 Mo");
    expect(
      within(row).getByRole("button", { name: "Restaurer la sauvegarde du 3 mars 2025 à 10:00…" }),
    ).toBeInTheDocument();
    expect(screen.getByTestId("shortcut-current")).toHaveTextContent("Désactivé");
    expect(screen.getByTestId("export-csv")).toHaveTextContent("En tableur (CSV)");
  });

  it("says how many backups are kept, for one and for several", async () => {
    const { user, keep } = await openSettings();

    await user.clear(keep);
    await user.type(keep, "1{Enter}");
    expect(await screen.findByTestId("backup-settings-saved")).toHaveTextContent(
      "Enregistré. Les sauvegardes vont dans /tmp/backups, et seule la plus récente est gardée.",
    );

    await user.clear(keep);
    await user.type(keep, "30{Enter}");
    await waitFor(() =>
      expect(screen.getByTestId("backup-settings-saved")).toHaveTextContent(
        "Enregistré. Les sauvegardes vont dans /tmp/backups, et les 30 plus récentes sont gardées.",
      ),
    );
  });

  it("says the reminder time is saved, in French", async () => {
    const { user } = await openSettings();
    const time = screen.getByLabelText("Heure des rappels");
    await user.clear(time);
    await user.type(time, "08:30");
    expect(screen.getByTestId("reminder-time-save")).toHaveTextContent("Enregistrer");
    await user.click(screen.getByTestId("reminder-time-save"));
    expect(await screen.findByTestId("reminder-time-saved")).toHaveTextContent(
      "Enregistré. Les suivis sans heure vous sont maintenant rappelés à 08:30.",
    );
  });

  it("writes sizes with the French decimal mark and units", () => {
    expect(backupSize(245_760)).toBe("240\u00a0Ko");
    expect(backupSize(48 * 1024 * 1024)).toBe("48\u00a0Mo");
  });
});
