// Test entry for examples/react: renders the example's HelpPage as its main.tsx
// does, and records what the host app hears, for react.test.mjs to read.
import { createRoot } from 'react-dom/client';
import { setExitNavigator } from '@stalking-awareness/core';
import type { ResourceActionDetail } from '@stalking-awareness/widgets/resource-card';
import { HelpPage } from '../../examples/react/app.tsx';

const heard = {
  actions: [] as ResourceActionDetail[],
  exits: [] as string[],
  navigations: [] as string[],
};
Object.assign(window, { heard });

// The exit would leave the test page: record where it would have gone instead.
setExitNavigator((url) => heard.navigations.push(url));
// Contact links would start dialling: keep the page; the elements' own click handling still runs.
document.addEventListener('click', (event) => {
  if ((event.composedPath()[0] as Element).closest?.('a[href^="tel:"]')) event.preventDefault();
});

createRoot(document.getElementById('root')!).render(
  <HelpPage onResourceAction={(detail) => heard.actions.push(detail)} onExit={(url) => heard.exits.push(url)} />,
);
