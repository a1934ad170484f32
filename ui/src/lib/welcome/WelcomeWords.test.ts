/** The welcome and the sample banner in another language: French words, French plurals. */
import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as ipc from "../api/ipc";
import { resetIpc } from "../../test/ipcMock";
import { info } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import { t } from "../i18n/i18n.svelte";
import { speaking } from "../../test/words";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

describe("The welcome in French", () => {
  speaking("fr");
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("asks its questions and offers its starts in French", async () => {
    vi.mocked(ipc.notebookInfo).mockResolvedValue(
      info({ customer_count: 0, welcome: true, phone_region: "FR" }),
    );
    const user = userEvent.setup();
    render(App);
    expect(await screen.findByRole("heading", { name: "Bienvenue dans Kindly" })).toBeInTheDocument();
    expect(screen.getByLabelText("Qui est à l’accueil ?")).toHaveValue("");
    await user.click(screen.getByTestId("welcome-next"));
    expect(screen.getByRole("heading", { name: /^Comment voulez-vous commencer/ })).toHaveFocus();
    const sample = screen.getByTestId("welcome-start-sample");
    expect(sample).toHaveTextContent("Découvrir avec un carnet d’exemple");
    expect(sample).toHaveTextContent("36 clients inventés, avec des échanges");
    expect(app.route.name).toBe("welcome");
  });

  it("asks before removing the sample, with the count in French", async () => {
    vi.mocked(ipc.notebookInfo).mockResolvedValue(info({ customer_count: 36, sample_count: 36 }));
    const user = userEvent.setup();
    render(App);
    const banner = await screen.findByTestId("sample-banner");
    expect(banner).toHaveTextContent("Vous regardez des clients d’exemple");
    await user.click(within(banner).getByRole("button", { name: "Supprimer l’exemple" }));
    const dialog = await screen.findByTestId("sample-remove-dialog");
    expect(dialog).toHaveTextContent("Les 36 clients d’exemple et tout ce qui les concerne");
    await waitFor(() => expect(within(dialog).getByTestId("sample-remove-confirm")).toBeInTheDocument());
  });

  it("says one sample customer and several in French", () => {
    expect(t("welcome-sample-confirm-text", { count: 1 })).toMatch(
      /^Le client d’exemple et tout ce qui le concerne/,
    );
    expect(t("welcome-sample-confirm-text", { count: 2 })).toMatch(/^Les 2 clients d’exemple/);
    expect(t("welcome-sample-text", { count: 1 })).toMatch(/^1 client inventé,/);
  });
});
