import type { ConflictDetail } from "./bindings/ConflictDetail";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { ErrorPayload } from "./bindings/ErrorPayload";

/**
 * Codes the UI branches on: every code Rust sends, plus `unexpected` for a
 * failure that did not come from the core (e.g. the IPC bridge itself).
 */
export type KindlyErrorCode = ErrorCode | "unexpected";

/** Thrown by every IPC call that fails. `message` is written for the person at the desk. */
export class KindlyError extends Error {
  readonly code: KindlyErrorCode;
  /** The form field the message belongs beside (only for `invalid_input`). */
  readonly field: string | null;
  /** Who saved the same record first, when, and its version now (only for `conflict`). */
  readonly conflict: ConflictDetail | null;

  constructor(
    code: KindlyErrorCode,
    message: string,
    field: string | null = null,
    conflict: ConflictDetail | null = null,
  ) {
    super(message);
    this.name = "KindlyError";
    this.code = code;
    this.field = field;
    this.conflict = conflict;
  }
}

const FALLBACK_MESSAGE = "Something went wrong. Please try again.";

function isPayload(value: unknown): value is ErrorPayload {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === "string" && typeof v.message === "string";
}

function isConflict(value: unknown): value is ConflictDetail {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.thing === "string" &&
    typeof v.version === "number" &&
    typeof v.by === "string" &&
    typeof v.at === "number"
  );
}

/** Turns whatever a rejected invoke produced into a KindlyError. */
export function toKindlyError(reason: unknown): KindlyError {
  if (reason instanceof KindlyError) return reason;
  if (isPayload(reason)) {
    const field = typeof reason.field === "string" && reason.field !== "" ? reason.field : null;
    const conflict = reason.code === "conflict" && isConflict(reason.conflict) ? reason.conflict : null;
    return new KindlyError(reason.code, reason.message || FALLBACK_MESSAGE, field, conflict);
  }
  if (typeof reason === "string" && reason.trim() !== "") {
    return new KindlyError("unexpected", reason);
  }
  return new KindlyError("unexpected", FALLBACK_MESSAGE);
}

/** The message to show for any caught value. */
export function messageOf(reason: unknown): string {
  return toKindlyError(reason).message;
}
