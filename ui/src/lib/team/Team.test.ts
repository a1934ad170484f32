import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { CONNECTED, resetIpc } from "../../test/ipcMock";
import JoinTeamForm from "./JoinTeamForm.svelte";
import TeamSignIn from "./TeamSignIn.svelte";
import SignedInAs from "./SignedInAs.svelte";
import TeamSettings from "./TeamSettings.svelte";
import { joinLink, noteJoinLink, passwordIgnored } from "./link.svelte";
import { switching } from "./switching";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const restart = vi.fn();

beforeEach(() => {
  resetIpc();
  joinLink.address = null;
  joinLink.ignored = false;
  joinLink.seq = 0;
  restart.mockReset();
  switching.restart = restart;
});

async function fillIn(user: ReturnType<typeof userEvent.setup>, password = "wrong-one"): Promise<void> {
  await user.type(screen.getByTestId("team-server"), "127.0.0.1:5432");
  await user.type(screen.getByTestId("team-login"), "ana_lima");
  await user.type(screen.getByTestId("team-password"), password);
}

describe("joining a team notebook", () => {
  it("sends what was typed, with the notebook name kindly by default, then starts afresh", async () => {
    const user = userEvent.setup();
    render(JoinTeamForm);
    expect(screen.getByTestId<HTMLInputElement>("team-database").value).toBe("kindly");
    expect(screen.getByTestId<HTMLInputElement>("team-password").type).toBe("password");
    await fillIn(user, "s3cret pw");
    await user.click(screen.getByTestId("team-join"));
    await waitFor(() => expect(restart).toHaveBeenCalledTimes(1));
    expect(ipc.joinTeam).toHaveBeenCalledWith("127.0.0.1:5432", "kindly", "ana_lima", "s3cret pw", true);
    expect(screen.getByTestId<HTMLInputElement>("team-password").value).toBe("");
  });

  it.each([
    [
      "sign_in_failed",
      "password",
      "The team notebook's server did not accept the sign-in: wrong name or password.",
    ],
    ["server_unreachable", "server", "Kindly cannot reach the team notebook's server 127.0.0.1."],
    ["not_team_notebook", "database", "shop on 127.0.0.1 is not a Kindly team notebook."],
  ] as const)("shows %s beside the %s and stays on the form", async (code, field, message) => {
    vi.mocked(ipc.joinTeam).mockRejectedValue(new KindlyError(code, message));
    const user = userEvent.setup();
    render(JoinTeamForm);
    await fillIn(user);
    await user.click(screen.getByTestId("team-join"));
    expect(await screen.findByTestId(`error-${field}`)).toHaveTextContent(message);
    const input = screen.getByTestId(`team-${field}`);
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input.getAttribute("aria-describedby")).toContain(screen.getByTestId(`error-${field}`).id);
    expect(restart).not.toHaveBeenCalled();
  });

  it("puts a field the core refused beside that field", async () => {
    vi.mocked(ipc.joinTeam).mockRejectedValue(
      new KindlyError(
        "invalid_input",
        "The port, after the colon, must be a number from 1 to 65535.",
        "server",
      ),
    );
    const user = userEvent.setup();
    render(JoinTeamForm);
    await fillIn(user);
    await user.click(screen.getByTestId("team-join"));
    expect(await screen.findByTestId("error-server")).toHaveTextContent("must be a number");
  });

  it("says it is testing the connection while it waits", async () => {
    let answer: (v: Awaited<ReturnType<typeof ipc.joinTeam>>) => void = () => {};
    vi.mocked(ipc.joinTeam).mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const user = userEvent.setup();
    render(JoinTeamForm);
    await fillIn(user);
    await user.click(screen.getByTestId("team-join"));
    expect(screen.getByTestId("team-join")).toHaveTextContent("Testing the connection…");
    expect(screen.getByTestId("team-join")).toBeDisabled();
    answer({ address: null, signed_in: null, notice: null, ...CONNECTED });
    await waitFor(() => expect(restart).toHaveBeenCalled());
  });
});

describe("signing in at start", () => {
  it("puts a refused password beside the password field", async () => {
    vi.mocked(ipc.signInTeam).mockRejectedValue(new KindlyError("sign_in_failed", "wrong name or password."));
    const user = userEvent.setup();
    render(TeamSignIn, { code: "sign_in_needed", message: "Sign in to the team notebook to carry on." });
    await user.type(screen.getByTestId("team-sign-in-password"), "nope");
    await user.click(screen.getByTestId("team-sign-in"));
    expect(await screen.findByTestId("error-password")).toHaveTextContent("wrong name or password");
    expect(restart).not.toHaveBeenCalled();
  });

  it("offers Retry when the server is out of reach, and this computer's own notebook", async () => {
    const user = userEvent.setup();
    render(TeamSignIn, { code: "server_unreachable", message: "Kindly cannot reach the server." });
    expect(screen.getByTestId("team-start-problem")).toHaveTextContent("cannot reach");
    await user.click(screen.getByTestId("team-retry"));
    await waitFor(() => expect(restart).toHaveBeenCalledTimes(1));
    await user.click(screen.getByTestId("team-use-own"));
    await waitFor(() => expect(ipc.leaveTeam).toHaveBeenCalled());
  });
});

it("the header names the signed-in person", () => {
  render(SignedInAs, { name: "Ana Lima" });
  expect(screen.getByTestId("signed-in-as")).toHaveTextContent("Signed in as Ana Lima · team notebook");
});

describe("Settings → Team", () => {
  it("on this computer's own notebook, shows the join form on request", async () => {
    const user = userEvent.setup();
    render(TeamSettings);
    await user.click(await screen.findByTestId("team-show-join"));
    expect(screen.getByTestId("team-join-form")).toBeInTheDocument();
  });

  it("fills the form from a kindly://join link and says a password in it was ignored", async () => {
    noteJoinLink({
      address: { server: "shop:5433", database: "shop", login: "ben" },
      password_ignored: true,
    });
    render(TeamSettings);
    expect(await screen.findByTestId<HTMLInputElement>("team-server")).toHaveValue("shop:5433");
    expect(screen.getByTestId<HTMLInputElement>("team-database")).toHaveValue("shop");
    expect(screen.getByTestId<HTMLInputElement>("team-login")).toHaveValue("ben");
    expect(screen.getByTestId<HTMLInputElement>("team-password")).toHaveValue("");
    expect(screen.getByTestId("team-link-notice")).toHaveTextContent(passwordIgnored());
  });

  it("on a team notebook, says who is signed in and leaves only after the question", async () => {
    vi.mocked(ipc.teamStatus).mockResolvedValue({
      address: { server: "shop:5432", database: "kindly", login: "ana_lima" },
      signed_in: { login: "ana_lima", display_name: "Ana Lima", owner: false },
      notice: null,
      ...CONNECTED,
    });
    const user = userEvent.setup();
    render(TeamSettings);
    expect(await screen.findByTestId("team-signed-in")).toHaveTextContent("Signed in as Ana Lima");
    expect(screen.getByTestId("team-where")).toHaveTextContent("kindly on shop:5432");
    await user.click(screen.getByTestId("team-leave"));
    await user.click(screen.getByTestId("team-leave-cancel"));
    expect(ipc.leaveTeam).not.toHaveBeenCalled();
    await user.click(screen.getByTestId("team-leave"));
    await user.click(screen.getByTestId("team-leave-confirm"));
    await waitFor(() => expect(restart).toHaveBeenCalledTimes(1));
    expect(ipc.leaveTeam).toHaveBeenCalledTimes(1);
  });
});
