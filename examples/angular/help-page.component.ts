// A Child Support Services help page in an Angular 21 app (standalone
// component, zoneless change detection).
//
// CUSTOM_ELEMENTS_SCHEMA lets the template use sa- tags. `[resources]` is a
// property binding (Angular always binds `[x]` to the DOM property), and
// `(sa-resource-action)` listens to the element's CustomEvent.
import { CUSTOM_ELEMENTS_SCHEMA, Component, EventEmitter, Output, signal } from '@angular/core';
import { defaultResources, type Resource } from '@stalking-awareness/core';
import type { ResourceActionDetail } from '@stalking-awareness/widgets/resource-card';
import '@stalking-awareness/widgets/quick-exit/define';
import '@stalking-awareness/widgets/resource-list/define';
import '@stalking-awareness/widgets/legal-disclaimer/define';

/** The resources this page lists, picked from the bundled, sourced dataset. */
const PAGE_RESOURCE_IDS = ['ndvh', 'victimconnect', 'nnedv-safety-net', 'womenslaw'];

@Component({
  selector: 'agency-help-page',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <sa-quick-exit
      href="https://www.weather.gov/"
      (sa-exit)="exited.emit($any($event).detail.destination)"
    ></sa-quick-exit>
    <main>
      <h1>If someone is stalking you</h1>
      <sa-resource-list
        [resources]="resources"
        heading-level="2"
        search
        (sa-resource-action)="onResourceAction($any($event))"
      ></sa-resource-list>
      <p data-testid="contacts-used" hidden>{{ contactsUsed() }}</p>
      <sa-legal-disclaimer agency="Child Support Services" variant="compact"></sa-legal-disclaimer>
    </main>
  `,
})
export class HelpPageComponent {
  readonly resources: Resource[] = defaultResources.filter((resource) => PAGE_RESOURCE_IDS.includes(resource.id));
  readonly contactsUsed = signal(0);

  /** A reader used a contact link; the library itself sends nothing anywhere. */
  @Output() readonly resourceAction = new EventEmitter<ResourceActionDetail>();
  /** The quick exit is leaving the page; nothing can stop it. */
  @Output() readonly exited = new EventEmitter<string>();

  onResourceAction(event: CustomEvent<ResourceActionDetail>): void {
    this.contactsUsed.update((count) => count + 1);
    this.resourceAction.emit(event.detail);
  }
}
