/**
 * A form whose save someone else overtook: what the conflict panel shows
 * and what each choice puts back into the form. Built on `threeWay`; pure,
 * so each form's flow is the same few calls.
 */
import type { ConflictDetail } from "../api/types";
import { threeWay, type MergeField } from "./threeWay";
import type { Choice } from "./conflictWords";

/** A form field as the conflict panel names and shows it. */
export interface ConflictField<D, K extends string = string> extends MergeField<D, K> {
  /** The field in a sentence about the record: "Rosie’s best time", "the title". */
  subject: (name: string) => string;
  /** The field in a list of what was taken: "the phone numbers". */
  the: string;
  /** Its value as the person would read it; "" when empty. */
  show: (draft: D) => string;
}

/** One field both changed, as shown side by side. */
export interface Clash<K extends string = string> {
  key: K;
  subject: string;
  mine: string;
  theirs: string;
}

/** Everything the panel needs, fixed at the moment the save was refused. */
export interface Overtaken<D, K extends string = string> {
  /** Who saved in between ("" when not known) and when (ms). */
  by: string;
  at: number;
  /** The version the next save names: the one `theirs` was read at. */
  version: number;
  /** The fields taken from them, as "the …" phrases. */
  taken: string[];
  clashes: Clash<K>[];
  /** The person's typing as it was when refused, for "Keep mine". */
  mine: D;
  /** The record as now stored, as a draft, for "Use theirs" and as the next base. */
  theirs: D;
}

/**
 * Settles a refused save: takes what only they changed into `draft` (in
 * place) and lists the fields both changed. `base` is the draft the form
 * was filled with, `theirs` the record as stored now (read at `version`),
 * `name` what the record is called in sentences.
 */
export function overtake<D, K extends string>(
  fields: readonly ConflictField<D, K>[],
  base: D,
  draft: D,
  theirs: D,
  detail: ConflictDetail,
  version: number,
  name: string,
): Overtaken<D, K> {
  const mine = plainCopy(draft);
  const { taken, clashes } = threeWay(fields, base, draft, theirs);
  return {
    by: detail.by,
    at: detail.at,
    version,
    taken: fields.filter((f) => taken.includes(f.key)).map((f) => f.the),
    clashes: fields
      .filter((f) => clashes.includes(f.key))
      .map((f) => ({
        key: f.key,
        subject: f.subject(name),
        mine: f.show(mine),
        theirs: f.show(theirs),
      })),
    mine,
    theirs,
  };
}

/**
 * A deep copy of a form's draft (plain data: text, numbers, flags, lists),
 * also of a reactive one, which `structuredClone` refuses.
 */
export function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Who saved first, when, and the version now, as the refusal says; a refusal
 * without them (not from this core) reads as someone else, just now.
 */
export function conflictOf(
  error: { conflict: ConflictDetail | null },
  thing: string,
  version: number,
): ConflictDetail {
  return error.conflict ?? { thing, version, by: "", at: Date.now() };
}

/** Puts the chosen version of one clashing field into `draft`. */
export function applyChoice<D, K extends string>(
  fields: readonly ConflictField<D, K>[],
  overtaken: Overtaken<D, K>,
  key: K,
  choice: Choice,
  draft: D,
): void {
  const field = fields.find((f) => f.key === key);
  field?.copy(draft, choice === "mine" ? overtaken.mine : overtaken.theirs);
}

/** How many clashing fields still wait for a choice. */
export function pendingChoices(
  overtaken: Overtaken<unknown> | null,
  choices: Readonly<Record<string, Choice | undefined>>,
): number {
  return overtaken ? overtaken.clashes.filter((c) => choices[c.key] === undefined).length : 0;
}
