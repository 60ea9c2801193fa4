import type { ReactiveElement } from 'lit';
import type { ValidationIssue } from '@stalking-awareness/core';

/** What the validator chunk offers: core's `validateResource` and `validateResources`. */
export type Validator = typeof import('./validator.js');

const UNCHECKED: ValidationIssue = {
  path: '$',
  message: 'could not be checked (the validator did not load)',
};

/**
 * Stands in when the chunk cannot be loaded (offline, blocked): data that
 * cannot be checked is treated as invalid, never shown unchecked.
 */
const refuseAll: Validator = {
  validateResource: () => [UNCHECKED],
  validateResources: () => ({ resources: [], issues: [UNCHECKED] }),
};

let validator: Validator | undefined;
let loading: Promise<unknown> | undefined;

/** Loads the validator chunk once per page; a failed load is {@link refuseAll}. */
const load = () =>
  (loading ??= import('./validator.js').then(
    (module) => (validator = module),
    () => (validator = refuseAll),
  ));

// A server (no document) has no download to save: load it with the element, so
// a server render of a host's records shows them rather than the waiting state.
if (typeof document === 'undefined') void load();

/**
 * Checks data a host gives (a `resource`/`resources` property) with the
 * validator, which is not in the CDN bundle: the bundled dataset is checked
 * at build and test time, so a page that uses only it never downloads the
 * validator. `get()` returns it at once when it has arrived; otherwise it
 * starts the download, returns undefined (the element shows nothing of the
 * host's data meanwhile) and, once it is here, updates the host with its data
 * property marked as changed. Elements await `settled()` in
 * `getUpdateComplete`, so `await el.updateComplete` means "validated and rendered".
 */
export class HostValidation {
  private pending: Promise<unknown> | undefined;

  /** `property`: the host's property that holds the data; it counts as changed again once the validator is here. */
  constructor(
    private readonly host: ReactiveElement,
    private readonly property: string,
  ) {}

  get(): Validator | undefined {
    this.pending ??= validator
      ? undefined
      : load().then(() => {
          this.pending = undefined;
          this.host.requestUpdate(this.property, undefined);
        });
    return validator;
  }

  /** `updateComplete` (from `parent`) that also waits for a pending validation and the render after it. */
  async settled(parent: () => Promise<boolean>): Promise<boolean> {
    await parent();
    await this.pending;
    return parent();
  }
}
