/**
 * Following one piece of long work a component starts: its task id, the core's last report for it, and Cancel.
 * The reports come from the core as "progress" events (src-tauri/src/tasks.rs), never from a timer here.
 *
 * Work that may be small (telling one customer, merging two with little history) shows a bar only once the core
 * says it is big: a count of at least `BIG` items, so a step of a moment does not flash a bar.
 */
import { onMount } from "svelte";
import { listenToProgress, type TaskProgress } from "../api/events";
import { toKindlyError } from "../api/errors";
import { cancelTask } from "../api/ipc";
import { newTaskId, uncounted } from "./words";

/** From this many items a piece of work shows its bar (one batch of the core's reports). */
export const BIG = 200;

export class TaskFollower {
  /** The id of the work running now; null when none. */
  task: string | null = null;
  /** The core's last report for it; null before the first. */
  progress = $state.raw<TaskProgress | null>(null);
  running = $state(false);
  /** Cancel was pressed: the button waits for the work to stop. */
  cancelling = $state(false);
  /** The core said the work is big (or cannot count it): the bar shows. */
  big = $state(false);
  /** The last work was stopped by Cancel, having changed nothing. */
  stopped = $state(false);

  /** `always`: the bar shows from the start (the whole notebook is written again, say). */
  constructor(private readonly always = false) {}

  /** Whether the bar is shown now. */
  get shown(): boolean {
    return this.running && (this.always || this.big);
  }

  /** Takes the core's report when it is this work's. */
  take(report: TaskProgress): void {
    if (report.task !== this.task) return;
    this.progress = report;
    if (report.of >= BIG || uncounted(report)) this.big = true;
  }

  /** Runs `work` under a new task id of `kind`; the bar follows it until it settles. */
  async run<T>(kind: string, work: (task: string) => Promise<T>): Promise<T> {
    const id = newTaskId(kind);
    this.task = id;
    this.progress = null;
    this.big = false;
    this.cancelling = false;
    this.stopped = false;
    this.running = true;
    try {
      return await work(id);
    } catch (reason) {
      if (this.task === id && toKindlyError(reason).code === "cancelled") this.stopped = true;
      throw reason;
    } finally {
      if (this.task === id) {
        this.task = null;
        this.running = false;
        this.cancelling = false;
      }
    }
  }

  /** Asks the running work to stop; it then ends with the code `cancelled`, having changed nothing. */
  cancel = (): void => {
    if (this.task === null || this.cancelling) return;
    this.cancelling = true;
    void cancelTask(this.task).catch(() => {
      this.cancelling = false;
    });
  };
}

/** A follower for a component, listening to the core's reports while the component is shown. */
export function followTasks(always = false): TaskFollower {
  const follower = new TaskFollower(always);
  onMount(() => listenToProgress((report) => follower.take(report)));
  return follower;
}
