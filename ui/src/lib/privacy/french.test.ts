import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as ipc from "../api/ipc";
import { resetIpc } from "../../test/ipcMock";
import { lockStatus } from "../../test/fixtures";
import { resetApp } from "../shell/app.svelte";
import { setLanguage } from "../i18n/i18n.svelte";
import { resetLocking } from "./locking";
import UnlockScreen from "./UnlockScreen.svelte";
import { lockAfterName, protectedWords } from "./words";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

describe("the passphrase in French", () => {
  beforeEach(async () => {
    resetIpc();
    resetApp();
    resetLocking();
    await setLanguage("fr", false);
  });

  afterAll(async () => {
    await setLanguage("en", false);
  });

  it("shows Settings › Passphrase in French, its lock-after times in French plurals", async () => {
    vi.mocked(ipc.lockStatus).mockResolvedValue(lockStatus({ protected: true, lock_after_minutes: 15 }));
    const user = userEvent.setup();
    render(App);
    await screen.findByTestId("app-ready");
    await user.click(screen.getByTestId("nav-settings"));
    const card = await screen.findByTestId("privacy-settings");

    expect(within(card).getByRole("heading", { level: 2 })).toHaveTextContent("Mot de passe");
    expect(screen.getByTestId("privacy-status")).toHaveTextContent(
      "Ce carnet est protégé par un mot de passe.",
    );
    const select = within(card).getByRole("combobox", { name: "Verrouiller après" });
    expect(
      within(select)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Jamais", "5 minutes", "15 minutes", "30 minutes", "1 heure", "4 heures"]);
    expect(screen.getByTestId("change-open")).toHaveTextContent("Changer le mot de passe…");
    expect(screen.getByTestId("lock-now")).toHaveTextContent("Verrouiller");
  });

  it("names lock-after times with one and several hours and minutes", () => {
    expect(lockAfterName(1)).toBe("1 minute");
    expect(lockAfterName(61)).toBe("1 heure 1 minute");
    expect(lockAfterName(150)).toBe("2 heures 30 minutes");
  });

  it("says what protecting did, for one older backup and for several", () => {
    expect(protectedWords(1, false)).toBe(
      "C’est protégé. 1 ancienne sauvegarde n’est pas protégée\u00a0; une sauvegarde protégée vient d’être faite. Celles qui ne sont pas protégées seront supprimées la première fois que vous déverrouillerez Kindly avec le mot de passe après son redémarrage. Kindly demandera le mot de passe à chaque ouverture.",
    );
    expect(protectedWords(3, true)).toMatch(
      /^C’est protégé\. 3 anciennes sauvegardes ne sont pas protégées.* Cet ordinateur retient le mot de passe/,
    );
  });

  it("asks for the passphrase in French on the unlock screen", async () => {
    const user = userEvent.setup();
    render(UnlockScreen, { remembered: false });
    expect(screen.getByRole("heading", { name: "Ce carnet est protégé" })).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "Retenir sur cet ordinateur" })).not.toBeChecked();
    await user.click(screen.getByRole("button", { name: "Déverrouiller" }));
    expect(await screen.findByTestId("error-passphrase")).toHaveTextContent("Tapez le mot de passe.");
    expect(vi.mocked(ipc.unlock)).not.toHaveBeenCalled();
  });
});
