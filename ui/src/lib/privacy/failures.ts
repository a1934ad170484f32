/** Where a refused passphrase step's message goes. */
import { toKindlyError } from "../api/errors";
import { placeProblem, type FieldProblem } from "../forms/problems";

export type PassphraseFailure =
  /** Beside one of the form's fields. */
  | { problem: FieldProblem }
  /** The step was done, but this computer's keychain could not keep (or forget) the passphrase. */
  | { keychain: string }
  /** Anything else, in the form's message area. */
  | { message: string };

export function placePassphraseFailure(reason: unknown, fields: readonly string[]): PassphraseFailure {
  const error = toKindlyError(reason);
  if (error.code === "system") return { keychain: error.message };
  return placeProblem(error, fields);
}
