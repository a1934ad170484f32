/**
 * A customer's page as loaded from the notebook: the customer, open issues,
 * open promises, follow-ups, how they stand for staying in touch, patterns,
 * last contact and the timeline pages fetched so far.
 * One `customer_page` call loads (and, after every change, reloads) it all;
 * older timeline pages and filter changes use `timeline_page`.
 */
import { customerPage, timelinePage } from "../api/ipc";
import { messageOf } from "../api/errors";
import type { Customer, CustomerPage, EntryKind, TimelineCursor, TimelineItem } from "../api/types";

/** Rows fetched per "Show older". */
export const PAGE_SIZE = 50;

/** What was just done on the page, said calmly; `undo` is the entry's id right after a delete. */
export interface Notice {
  text: string;
  undo?: string;
  /** Shown beside the follow-ups rather than above the history. */
  place?: "follow-ups";
}

export class Story {
  customer = $state.raw<Customer | null>(null);
  page = $state.raw<CustomerPage | null>(null);
  /** The timeline rows shown, newest first. */
  items = $state.raw<TimelineItem[]>([]);
  next = $state.raw<TimelineCursor | null>(null);
  /** The timeline filter; empty means everything. */
  kinds = $state.raw<EntryKind[]>([]);
  loadingMore = $state(false);
  /** A failure to refresh after a change, or to fetch more rows. */
  error = $state<string | null>(null);
  /**
   * What the latest action on the page did. Every action sets or clears it, so it
   * never describes an earlier one (e.g. "Promise recorded." after a promise is kept).
   */
  notice = $state.raw<Notice | null>(null);

  /**
   * Bumped by every load and filter change. An answer is used only if nothing
   * newer was asked meanwhile, so a slow answer never replaces a newer one.
   */
  private version = 0;

  constructor(
    readonly customerId: string,
    initial: Customer | null = null,
  ) {
    this.customer = initial;
  }

  /** Loads the whole page. Throws when the notebook cannot answer (e.g. the customer is gone). */
  async load(): Promise<void> {
    const asked = ++this.version;
    const page = await customerPage(this.customerId, this.kinds);
    if (asked !== this.version) return;
    this.page = page;
    this.customer = page.customer;
    this.items = page.timeline.items;
    this.next = page.timeline.next;
    this.error = null;
  }

  /** After a change: reloads the page, keeping any failure as a message instead of throwing. */
  async refresh(): Promise<void> {
    try {
      await this.load();
    } catch (reason) {
      this.error = `Saved, but the page could not be brought up to date: ${messageOf(reason)}`;
    }
  }

  /**
   * Another desk changed this customer: reloads what the page reads (the
   * customer, issues, promises, follow-ups, the newest timeline rows) while
   * keeping the older rows already fetched below them, so the page does not
   * shrink under the reader. Leaves `notice` alone (it is about this desk's
   * last action) and forms alone (they keep their own typing). A failure
   * keeps what is shown.
   */
  async refreshQuietly(): Promise<void> {
    const asked = ++this.version;
    const before = this.items;
    const hadMore = this.next;
    let page: CustomerPage;
    try {
      page = await customerPage(this.customerId, this.kinds);
    } catch {
      return;
    }
    if (asked !== this.version) return;
    this.page = page;
    this.customer = page.customer;
    const fresh = page.timeline.items;
    const last = fresh[fresh.length - 1];
    // The rows fetched before past the end of the fresh first page stay.
    const cut = last ? before.findIndex((item) => item.seq === last.seq) : -1;
    const older = cut >= 0 && page.timeline.next ? before.slice(cut + 1) : [];
    const seen = new Set(fresh.map((item) => item.seq));
    this.items = [...fresh, ...older.filter((item) => !seen.has(item.seq))];
    this.next = older.length > 0 ? hadMore : page.timeline.next;
    this.error = null;
  }

  /** Shows only the given kinds (empty: everything), from the newest. */
  async filter(kinds: EntryKind[]): Promise<void> {
    this.kinds = kinds;
    const asked = ++this.version;
    try {
      const first = await timelinePage(this.customerId, kinds, null, PAGE_SIZE);
      if (asked !== this.version) return;
      this.items = first.items;
      this.next = first.next;
      this.error = null;
    } catch (reason) {
      if (asked === this.version) this.error = messageOf(reason);
    }
  }

  /** Fetches the next older page and adds it below. */
  async more(): Promise<void> {
    if (!this.next || this.loadingMore) return;
    const asked = this.version;
    this.loadingMore = true;
    try {
      const older = await timelinePage(this.customerId, this.kinds, this.next, PAGE_SIZE);
      if (asked !== this.version) return;
      this.items = [...this.items, ...older.items];
      this.next = older.next;
      this.error = null;
    } catch (reason) {
      if (asked === this.version) this.error = messageOf(reason);
    } finally {
      this.loadingMore = false;
    }
  }
}
