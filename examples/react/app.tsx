// A Child Support Services help page in a React 19 app.
//
// React 19 sets a prop on a custom element as a property when the element has
// that property (`resources` below), and `on<event-name>` props become
// addEventListener calls. Both need the elements defined before React first
// renders them, hence the define imports at the top of the module.
import { useMemo, useState } from 'react';
import { defaultResources, type Resource } from '@stalking-awareness/core';
import type { ResourceActionDetail } from '@stalking-awareness/widgets/resource-card';
import '@stalking-awareness/widgets/quick-exit/define';
import '@stalking-awareness/widgets/resource-list/define';
import '@stalking-awareness/widgets/legal-disclaimer/define';

/** The resources this page lists, picked from the bundled, sourced dataset. */
const PAGE_RESOURCE_IDS = ['ndvh', 'victimconnect', 'nnedv-safety-net', 'womenslaw'];

export interface HelpPageProps {
  /** Called when a reader uses a contact link; the library itself sends nothing anywhere. */
  onResourceAction?: (detail: ResourceActionDetail) => void;
  /** Called just before the quick exit leaves the page; it cannot stop the exit. */
  onExit?: (destination: string) => void;
}

export function HelpPage({ onResourceAction, onExit }: HelpPageProps) {
  const resources = useMemo<Resource[]>(
    () => defaultResources.filter((resource) => PAGE_RESOURCE_IDS.includes(resource.id)),
    [],
  );
  const [contactsUsed, setContactsUsed] = useState(0);

  return (
    <>
      <sa-quick-exit
        href="https://www.weather.gov/"
        onsa-exit={(event: CustomEvent<{ destination: string }>) => onExit?.(event.detail.destination)}
      ></sa-quick-exit>
      <main>
        <h1>If someone is stalking you</h1>
        <sa-resource-list
          resources={resources}
          heading-level={2}
          search
          onsa-resource-action={(event: CustomEvent<ResourceActionDetail>) => {
            setContactsUsed((count) => count + 1);
            onResourceAction?.(event.detail);
          }}
        ></sa-resource-list>
        <p data-testid="contacts-used" hidden>
          {contactsUsed}
        </p>
        <sa-legal-disclaimer agency="Child Support Services" variant="compact"></sa-legal-disclaimer>
      </main>
    </>
  );
}
