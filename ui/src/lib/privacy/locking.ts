/**
 * The window's side of a protected notebook: asking whether it is locked
 * before anything reads it, locking it (on request, after idle time, or when
 * a command answers that it is locked), and carrying on after it is unlocked.
 *
 * Locked at start, only the unlock screen shows; the app is mounted once the
 * notebook opens. Locked later, the unlock screen covers the app, which stays
 * mounted (so half-typed notes survive) and gets focus back afterwards.
 */
import { tick } from "svelte";
import { lockNotebook, lockStatus, windowStart } from "../api/ipc";
import { messageOf, toKindlyError } from "../api/errors";
import { typefaceReady } from "../appearance/typeface";
import type { LockStatus, WindowStart } from "../api/types";
import { app, refreshDueCount, refreshInfo, startUp } from "../shell/app.svelte";
import { t, words } from "../i18n/i18n.svelte";

/** Where the keyboard was when the window locked, to go back to after unlocking. */
let focusBefore: HTMLElement | null = null;
/** What the shell asked for while the notebook was locked (the latest only), done after unlocking. */
let deferred: (() => void) | null = null;

/**
 * At start (and after the first unlock): asks whether the notebook is locked,
 * in the same answer as what the first screen shows when it is open (the
 * shell reads nothing from a locked notebook). Open (or unknown: start-up
 * then says why it could not be read), the app starts; locked, the unlock
 * screen waits for the passphrase.
 */
export async function openNotebook(): Promise<void> {
  // The typeface finishes loading meanwhile, so the first screen is drawn once, in it.
  const [answer] = await Promise.all([askStart(), typefaceReady()]);
  app.lock = "failed" in answer ? null : answer.lock;
  if (app.locked) return;
  startUp(answer);
  runDeferred();
}

/** The window's first answer, or why it could not be had. */
async function askStart(): Promise<WindowStart | { failed: string; code: string }> {
  try {
    // The language goes with it: the shell's words (this answer's errors, the tray) follow the window's from the start.
    return await windowStart(words.language);
  } catch (reason) {
    const error = toKindlyError(reason);
    return { failed: error.message, code: error.code };
  }
}

/** Does what the shell asked for while the app could not be used. */
function runDeferred(): void {
  const action = deferred;
  deferred = null;
  action?.();
}

/** True when the app is on show and can be used: not locked, and not still opening. */
export function usable(): boolean {
  return app.opened && !app.locked;
}

/**
 * Does `action` now when the app can be used, or else once it can (so nothing
 * changes screens under the unlock screen). Only the latest waits.
 */
export function whenOpen(action: () => void): void {
  if (usable()) action();
  else deferred = action;
}

/** Covers the app with the unlock screen, remembering where the keyboard was. */
function cover(status: LockStatus | null): void {
  if (!app.locked) {
    const active = document.activeElement;
    focusBefore = active instanceof HTMLElement && active !== document.body ? active : null;
  }
  const known = status ?? app.lock;
  app.lock = {
    protected: true,
    lock_after_minutes: known?.lock_after_minutes ?? 0,
    remembered: known?.remembered ?? false,
    locked: true,
  };
}

/** A command answered that the notebook is locked (it was locked elsewhere): ask for the passphrase. */
export function noteLocked(): void {
  if (app.opened) cover(null);
}

/**
 * Locks the notebook now (the Lock button, Ctrl+Shift+L, or idle time). The
 * unlock screen covers the app at once; if the notebook cannot be locked after
 * all, the app shows again with a line saying why.
 */
export async function lockNow(): Promise<void> {
  const before = app.lock;
  if (!app.opened || app.locked || !before?.protected) return;
  cover(null);
  try {
    const status = await lockNotebook();
    if (status.locked) app.lock = status;
    else await uncover(status);
  } catch (reason) {
    const status = await lockStatus().catch(() => null);
    if (status?.locked) {
      app.lock = status;
      return;
    }
    app.privacyNotice = t("privacy-could-not-lock", { reason: messageOf(reason) });
    await uncover(status ?? before);
  }
}

/**
 * The unlock screen opened the notebook. The first time, the app starts;
 * after a later lock, the app shows again with focus where it was, and what is
 * on show is refreshed. `notice` is a line to show once (e.g. the keychain
 * could not remember the passphrase).
 */
export async function unlocked(status: LockStatus, notice: string | null = null): Promise<void> {
  if (notice !== null) app.privacyNotice = notice;
  if (!app.opened) {
    app.lock = status;
    await openNotebook();
    return;
  }
  await uncover(status);
  void refreshInfo();
  void refreshDueCount();
  if (app.route.name === "today") app.todayChanges += 1;
  runDeferred();
}

async function uncover(status: LockStatus): Promise<void> {
  app.lock = status;
  const back = focusBefore;
  focusBefore = null;
  // The app is no longer inert once this change is on screen.
  await tick();
  if (back?.isConnected) back.focus();
}

/** Reads the lock status again (after protecting, changing or removing the passphrase). Failures keep the old one. */
export async function refreshLockStatus(): Promise<void> {
  try {
    app.lock = await lockStatus();
  } catch {
    // The header's Lock button and Settings keep what they showed.
  }
}

/** Back to the state the app opens in. For tests. */
export function resetLocking(): void {
  focusBefore = null;
  deferred = null;
}
