/**
 * Where a failure to join or sign in to a team notebook is shown: beside the
 * field it concerns (the server for an unreachable or untrusted server, the
 * password for a refused sign-in, the notebook's name for a database that is
 * not Kindly's), else in the form's general message.
 */
import { toKindlyError } from "../api/errors";
import type { FieldProblem } from "../forms/problems";

/** The fields of the join form, as Rust names them. */
export const TEAM_FIELDS = ["server", "database", "login", "password"] as const;

const FIELD_OF_CODE: Record<string, (typeof TEAM_FIELDS)[number]> = {
  server_unreachable: "server",
  server_not_trusted: "server",
  insecure_connection: "server",
  server_too_old: "server",
  missing_extension: "server",
  sign_in_failed: "password",
  sign_in_needed: "password",
  not_team_notebook: "database",
  newer_team_notebook: "database",
};

/** The failure beside its field, or as a general message. */
export function teamProblem(reason: unknown): { problem: FieldProblem } | { message: string } {
  const error = toKindlyError(reason);
  if (error.code === "invalid_input" && error.field !== null) {
    const field = error.field.split(".")[0];
    if ((TEAM_FIELDS as readonly string[]).includes(field)) {
      return { problem: { field, message: error.message } };
    }
  }
  const field = FIELD_OF_CODE[error.code];
  if (field) return { problem: { field, message: error.message } };
  return { message: error.message };
}

/** Codes that mean the team notebook's server (not this computer) is the trouble at start. */
export function isTeamTrouble(code: string | null): boolean {
  return code !== null && (code === "connection_lost" || code in FIELD_OF_CODE);
}
