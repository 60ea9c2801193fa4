import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { SaElement, msg } from '@stalking-awareness/core';
import { widgetLocaleLoaders } from '../localization.js';

/**
 * A control that leaves the page at once. (Skeleton: being completed.)
 *
 * @tag sa-quick-exit
 * @summary Leaves the page in one click or keystroke, without a trace in this tab's history.
 */
export class SaQuickExit extends SaElement {
  static override localeLoaders = widgetLocaleLoaders;

  /** Where the exit goes. */
  @property() href = 'https://www.weather.gov/';

  protected override render() {
    return html`<a part="control" lang=${this.locale} href=${this.href} rel="noreferrer nofollow"
      >${msg('Exit this page', { id: 'quick-exit.label' })}</a
    >`;
  }
}
