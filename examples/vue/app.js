// A Child Support Services help page in a Vue 3 app.
//
// This file compiles its template in the browser (the full "esm-browser"
// build), so it runs without a build step. In a Vite app with single-file
// components, import from 'vue' and give the same isCustomElement to the
// compiler instead: vue({ template: { compilerOptions: { isCustomElement } } }).
import { createApp, ref } from 'vue/dist/vue.esm-browser.js';
import { defaultResources } from '@stalking-awareness/core';
import '@stalking-awareness/widgets/quick-exit/define';
import '@stalking-awareness/widgets/resource-list/define';
import '@stalking-awareness/widgets/legal-disclaimer/define';

/** Vue leaves every sa- tag to the browser instead of resolving it as a Vue component. */
export const isCustomElement = (tag) => tag.startsWith('sa-');

/** The resources this page lists, picked from the bundled, sourced dataset. */
const PAGE_RESOURCE_IDS = ['ndvh', 'victimconnect', 'nnedv-safety-net', 'womenslaw'];

const HelpPage = {
  props: { onResourceAction: Function, onExit: Function },
  setup(props) {
    const resources = defaultResources.filter((resource) => PAGE_RESOURCE_IDS.includes(resource.id));
    const contactsUsed = ref(0);
    const resourceAction = (event) => {
      contactsUsed.value += 1;
      props.onResourceAction?.(event.detail);
    };
    const exit = (event) => props.onExit?.(event.detail.destination);
    return { resources, contactsUsed, resourceAction, exit };
  },
  // `.prop` makes Vue set `resources` as a DOM property (an array cannot be an attribute).
  template: `
    <sa-quick-exit href="https://www.weather.gov/" @sa-exit="exit"></sa-quick-exit>
    <main>
      <h1>If someone is stalking you</h1>
      <sa-resource-list
        :resources.prop="resources"
        heading-level="2"
        search
        @sa-resource-action="resourceAction"
      ></sa-resource-list>
      <p data-testid="contacts-used" hidden>{{ contactsUsed }}</p>
      <sa-legal-disclaimer agency="Child Support Services" variant="compact"></sa-legal-disclaimer>
    </main>
  `,
};

/** Creates the app; mount it with `.mount(selectorOrElement)`. */
export function createHelpApp(props = {}) {
  const app = createApp(HelpPage, props);
  app.config.compilerOptions.isCustomElement = isCustomElement;
  return app;
}
