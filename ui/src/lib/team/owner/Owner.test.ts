import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as ipc from "../../api/ipc";
import { KindlyError } from "../../api/errors";
import { resetIpc } from "../../../test/ipcMock";
import type { Moved, StaffLogin } from "../../api/types";
import TeamSettings from "../TeamSettings.svelte";
import { movedWords, today } from "./words";

vi.mock("../../api/ipc", () => import("../../../test/ipcMock"));

const address = { server: "shop:5432", database: "kindly", login: "kindly_admin" };
const cleo: StaffLogin = {
  login: "cleo_diaz",
  display_name: "Cleo Diaz",
  added_at: 1_796_000_000_000,
  removed_at: null,
};
const sample: Moved = {
  customers: 36,
  conversations: 120,
  issues: 14,
  promises: 9,
  follow_ups: 25,
  situations: 1,
  merges: 0,
  staff: 4,
};

function signedIn(owner: boolean): void {
  vi.mocked(ipc.teamStatus).mockResolvedValue({
    address,
    signed_in: { login: "kindly_admin", display_name: "kindly_admin", owner },
    notice: null,
    away: false,
    last_heard_at: null,
    offline_copy_taken_at: null,
    offline_copy_trouble: null,
  });
}

beforeEach(() => {
  resetIpc();
  signedIn(true);
});

describe("the owner's tools in Settings → Team", () => {
  it("are not shown to someone who is not the owner, and nothing of them is asked", async () => {
    signedIn(false);
    vi.mocked(ipc.teamLogins).mockClear();
    vi.mocked(ipc.teamSignedInNow).mockClear();
    render(TeamSettings);
    await screen.findByTestId("team-signed-in");
    expect(screen.queryByTestId("team-owner")).toBeNull();
    expect(ipc.teamLogins).not.toHaveBeenCalled();
    expect(ipc.teamSignedInNow).not.toHaveBeenCalled();
  });

  it("show a new person's password once, and it is gone after Done", async () => {
    vi.mocked(ipc.addTeamLogin).mockResolvedValue({
      login: "cleo_diaz",
      display_name: "Cleo Diaz",
      password: "abcde-fghjk-mnpqr-stvwx",
      join_link: "kindly://join?server=shop%3A5432&database=kindly&login=cleo_diaz",
    });
    const user = userEvent.setup();
    render(TeamSettings);
    await user.click(await screen.findByTestId("team-add"));
    await user.type(screen.getByTestId("team-add-name"), "Cleo Diaz");
    vi.mocked(ipc.teamLogins).mockResolvedValue([cleo]);
    await user.click(screen.getByTestId("team-add-save"));
    expect(ipc.addTeamLogin).toHaveBeenCalledWith("Cleo Diaz");
    expect(await screen.findByTestId("team-hand-over-password")).toHaveTextContent("abcde-fghjk-mnpqr-stvwx");
    expect(screen.getByTestId("team-hand-over-login")).toHaveTextContent("cleo_diaz");
    const link = screen.getByTestId("team-hand-over-link").textContent ?? "";
    expect(link).toMatch(/^kindly:\/\/join\?/);
    expect(link).not.toContain("abcde");
    await user.click(screen.getByTestId("team-hand-over-done"));
    expect(screen.queryByTestId("team-hand-over")).toBeNull();
    expect(document.body.textContent).not.toContain("abcde-fghjk");
    expect(await screen.findByTestId("team-login-row")).toHaveTextContent("Cleo Diaz");
  });

  it("puts a refused name beside the name field", async () => {
    vi.mocked(ipc.addTeamLogin).mockRejectedValue(
      new KindlyError("invalid_input", "Cleo Diaz already has a login (cleo_diaz).", "name"),
    );
    const user = userEvent.setup();
    render(TeamSettings);
    await user.click(await screen.findByTestId("team-add"));
    await user.type(screen.getByTestId("team-add-name"), "Cleo Diaz");
    await user.click(screen.getByTestId("team-add-save"));
    expect(await screen.findByTestId("error-name")).toHaveTextContent("already has a login");
    expect(screen.queryByTestId("team-hand-over")).toBeNull();
  });

  it("removes a login only after a question saying what it means", async () => {
    vi.mocked(ipc.teamLogins).mockResolvedValue([cleo]);
    vi.mocked(ipc.removeTeamLogin).mockResolvedValue({ ...cleo, removed_at: 1_796_100_000_000 });
    const user = userEvent.setup();
    render(TeamSettings);
    await user.click(await screen.findByTestId("team-login-remove"));
    const dialog = screen.getByRole("alertdialog");
    expect(dialog).toHaveTextContent("no longer be able to sign in");
    expect(dialog).toHaveTextContent("Everything they wrote stays");
    await user.click(screen.getByTestId("team-remove-cancel"));
    expect(ipc.removeTeamLogin).not.toHaveBeenCalled();
    await user.click(screen.getByTestId("team-login-remove"));
    await user.click(screen.getByTestId("team-remove-confirm"));
    await waitFor(() => expect(ipc.removeTeamLogin).toHaveBeenCalledWith("cleo_diaz"));
    expect(await screen.findByTestId("team-logins-said")).toHaveTextContent(
      "Cleo Diaz can no longer sign in",
    );
  });

  it("lists who is signed in on which computer, again on Refresh", async () => {
    vi.mocked(ipc.teamSignedInNow).mockResolvedValue([
      { login: "kindly_admin", display_name: "kindly_admin", computer: "Kindly on front-desk" },
    ]);
    vi.mocked(ipc.teamSignedInNow).mockClear();
    const user = userEvent.setup();
    render(TeamSettings);
    expect(await screen.findByTestId("team-presence")).toHaveTextContent("kindly_admin");
    expect(screen.getByTestId("team-presence")).toHaveTextContent("Kindly on front-desk");
    await user.click(screen.getByTestId("team-signed-in-refresh"));
    expect(ipc.teamSignedInNow).toHaveBeenCalledTimes(2);
  });

  it("moves this computer's notebook up only after a question naming the counts", async () => {
    vi.mocked(ipc.moveUpPreview).mockResolvedValue(sample);
    vi.mocked(ipc.moveUp).mockResolvedValue(sample);
    const user = userEvent.setup();
    render(TeamSettings);
    await user.click(await screen.findByTestId("team-move-up-look"));
    expect(await screen.findByTestId("team-move-up-preview")).toHaveTextContent("36 customers");
    await user.click(screen.getByTestId("team-move-up-go"));
    expect(screen.getByRole("alertdialog")).toHaveTextContent("36 customers, 120 conversations");
    await user.click(screen.getByTestId("team-move-up-cancel"));
    expect(ipc.moveUp).not.toHaveBeenCalled();
    await user.click(screen.getByTestId("team-move-up-go"));
    await user.click(screen.getByTestId("team-move-up-confirm"));
    expect(await screen.findByTestId("team-move-up-done")).toHaveTextContent("Moved up: 36 customers");
    expect(ipc.moveUp).toHaveBeenCalledWith(null);
  });

  it("asks for a protected notebook's passphrase, and says plainly when the team notebook is not empty", async () => {
    vi.mocked(ipc.moveUpPreview)
      .mockRejectedValueOnce(
        new KindlyError("invalid_input", "This computer's notebook is protected.", "passphrase"),
      )
      .mockRejectedValueOnce(
        new KindlyError(
          "team_notebook_not_empty",
          "This team notebook already holds customers or other records.",
        ),
      );
    const user = userEvent.setup();
    render(TeamSettings);
    await user.click(await screen.findByTestId("team-move-up-look"));
    expect(await screen.findByTestId("error-passphrase")).toHaveTextContent("protected");
    await user.type(screen.getByTestId("team-move-up-passphrase"), "blue kettle");
    await user.click(screen.getByTestId("team-move-up-look"));
    expect(ipc.moveUpPreview).toHaveBeenLastCalledWith("blue kettle");
    expect(await screen.findByTestId("team-move-up-failure")).toHaveTextContent("already holds customers");
  });

  it("says it is working while the copy is made, and the buttons wait", async () => {
    let answer: (v: Awaited<ReturnType<typeof ipc.copyTeamOut>>) => void = () => {};
    vi.mocked(ipc.copyTeamOut).mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const user = userEvent.setup();
    render(TeamSettings);
    await user.click(await screen.findByTestId("team-copy-choose"));
    expect(screen.getByTestId("team-copy-download")).toHaveTextContent("Working…");
    expect(screen.getByTestId("team-copy-choose")).toBeDisabled();
    answer(null);
    await waitFor(() => expect(screen.getByTestId("team-copy-choose")).toBeEnabled());
    expect(screen.queryByTestId("team-copy-done")).toBeNull();
    expect(ipc.copyTeamOut).toHaveBeenLastCalledWith(today(), true);
  });

  it("says where the copy went", async () => {
    vi.mocked(ipc.copyTeamOut).mockResolvedValue({
      path: "/home/o/Downloads/Kindly team copy.sqlite",
      moved: sample,
    });
    const user = userEvent.setup();
    render(TeamSettings);
    await user.click(await screen.findByTestId("team-copy-download"));
    const done = await screen.findByTestId("team-copy-done");
    expect(within(done).getByText("/home/o/Downloads/Kindly team copy.sqlite")).toBeInTheDocument();
    expect(ipc.copyTeamOut).toHaveBeenCalledWith(today(), false);
  });
});

it("counts read as words, and today's date names the copy", () => {
  expect(movedWords({ ...sample, customers: 1, situations: 0 })).toBe(
    "1 customer, 120 conversations, 14 issues, 9 promises, 25 follow-ups and 0 situations",
  );
  expect(today(new Date(2026, 11, 6, 23, 59))).toBe("2026-12-06");
});
