/**
 * The core elements a page rarely shows before its first screenful ends: the
 * resource card and list and the legal disclaimer. One chunk, so a page with
 * any of them makes one request, not one per element; `sa-widgets.ts`
 * registers them in turn (register-in-turn.ts).
 */
import type { VersionedElementConstructor } from '@stalking-awareness/core';
import { SaLegalDisclaimer } from '../legal-disclaimer/legal-disclaimer.js';
import { SaResourceCard } from '../resource-card/resource-card.js';
import { SaResourceList } from '../resource-list/resource-list.js';

export const laterElements: ReadonlyArray<[string, VersionedElementConstructor]> = [
  ['sa-resource-card', SaResourceCard],
  ['sa-resource-list', SaResourceList],
  ['sa-legal-disclaimer', SaLegalDisclaimer],
];
