/**
 * Hands out increasing tickets; only the newest ticket is current.
 * The lookup takes a ticket per keystroke and drops any answer whose ticket
 * is no longer current, so a slow answer to "an" never replaces the answer
 * to "ana".
 */
export class LatestOnly {
  private last = 0;

  next(): number {
    this.last += 1;
    return this.last;
  }

  isCurrent(ticket: number): boolean {
    return ticket === this.last;
  }
}
