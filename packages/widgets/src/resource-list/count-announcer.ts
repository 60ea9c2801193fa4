import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long typing must pause before the new count is announced, so each keystroke is not read out. */
const ANNOUNCE_DELAY_MS = 400;

/**
 * Writes the list's result count into its live region: at once when the data
 * changed, after typing pauses when the reader changed the search or filters
 * ({@link readerChanged}), so a screen reader is not made to read a count per
 * keystroke. The region has no Lit binding, so writing it needs no second
 * render. A pending write is dropped when the element leaves the page.
 */
export class CountAnnouncer implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private userChanged = false;
  /** The count as written to the live region; lags typing by {@link ANNOUNCE_DELAY_MS}. */
  private announced?: string;

  constructor(
    host: ReactiveControllerHost,
    private readonly region: () => Element | null,
  ) {
    host.addController(this);
  }

  /** The reader changed the search or a filter: the next count waits for typing to pause. */
  readerChanged(): void {
    this.userChanged = true;
  }

  /** Says `text` (call after each update); nothing is said when it has not changed. */
  announce(text: string): void {
    clearTimeout(this.timer);
    if (text === this.announced) {
      this.userChanged = false;
      return;
    }
    const write = () => {
      this.userChanged = false;
      this.announced = text;
      const region = this.region();
      if (region) region.textContent = text;
    };
    if (this.userChanged && this.announced !== undefined) this.timer = setTimeout(write, ANNOUNCE_DELAY_MS);
    else write();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
