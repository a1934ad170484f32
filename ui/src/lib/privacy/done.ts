/** A passphrase step that went through, said once in Settings. */
export interface Done {
  text: string;
  /** The message's data-testid, e.g. "protect-done". */
  testid: string;
  /** Said beside it: e.g. this computer's keychain could not remember the passphrase. */
  warning?: string;
}
