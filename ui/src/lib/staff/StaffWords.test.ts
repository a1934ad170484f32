/** Settings → Staff and the header's desk picker in German. */
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { resetIpc } from "../../test/ipcMock";
import { roster } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import AtDeskPicker from "./AtDeskPicker.svelte";
import StaffSettings from "./StaffSettings.svelte";
import { speaking } from "../../test/words";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

describe("Staff in German", () => {
  speaking("de");
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("lists the staff and asks for a name in German", async () => {
    app.roster = roster(true);
    const user = userEvent.setup();
    render(StaffSettings);
    expect(screen.getByRole("heading", { name: "Mitarbeiter" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Ben Okoro entfernen" })).toBeInTheDocument();
    expect(screen.getByText("am Empfang")).toBeInTheDocument();
    expect(screen.getByLabelText("Name")).toHaveAttribute("placeholder", "z. B. Ana");
    await user.click(screen.getByTestId("staff-add"));
    expect(await screen.findByTestId("error-name")).toHaveTextContent("Bitte geben Sie den Namen ein.");
  });

  it("names the desk picker and its empty choice in German", () => {
    app.roster = { ...roster(false), staff: [] };
    render(AtDeskPicker);
    const picker = screen.getByRole("combobox", { name: "Am Empfang:" });
    expect([...(picker as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      "Mitarbeiter anlegen",
    ]);
  });
});
