import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Longest delay `setTimeout` accepts (about 24.8 days). */
const MAX_DELAY = 2 ** 31 - 1;
/** Wake a little after the change, so the new status is computed past it. */
const AFTER_CHANGE_MS = 250;

/**
 * Re-renders its host when the next open/closed change arrives, so a page
 * left open (an office kiosk, a tab kept for later) never goes on saying
 * "Open now" after a line has closed. One timer per host, for the earliest
 * change among what it shows; none while the host is disconnected.
 */
export class StatusRefresh implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private scheduledFor: number | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Asks for a re-render at `changeAt` (ms since the epoch); undefined cancels. */
  schedule(changeAt: number | undefined): void {
    if (changeAt === this.scheduledFor) return;
    this.cancel();
    if (changeAt === undefined) return;
    this.scheduledFor = changeAt;
    const delay = Math.min(Math.max(changeAt - Date.now(), 0) + AFTER_CHANGE_MS, MAX_DELAY);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.scheduledFor = undefined;
      this.host.requestUpdate();
    }, delay);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.scheduledFor = undefined;
  }
}
