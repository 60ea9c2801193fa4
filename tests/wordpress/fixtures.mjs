// The agency's own records for the WordPress test: fictional (numbers in the
// 555-01xx range, addresses on example.org), describing no real service.
const provenance = {
  source: 'https://example.org/agency/contacts',
  verified: true,
  verifiedOn: '2026-11-01',
  reviewBy: '2099-05-01',
};

export const agencyHotline = {
  id: 'example-county-line',
  name: 'Example County Safety Line',
  category: 'support-network',
  description: 'A fictional county line for the plugin test.',
  contacts: [{ channel: 'voice', value: '+12025550143', display: '202-555-0143' }],
  hours: { type: 'always' },
  languages: ['en', 'es'],
  status: 'active',
  provenance,
};

export const agencyResource = {
  id: 'example-county-advocates',
  name: 'Example County Victim Advocates',
  category: 'support-network',
  description: 'A fictional advocacy office for the plugin test.',
  url: 'https://example.org/advocates',
  contacts: [{ channel: 'voice', value: '+12025550188', display: '202-555-0188' }],
  status: 'active',
  provenance,
};

/** Invalid on purpose, one problem per kind the schema checks. */
export const invalidResources = [
  agencyResource,
  {
    ...agencyResource,
    id: 'broken',
    name: 'Call <a href="https://example.org">us</a>',
    category: 'shelter',
    contacts: [{ channel: 'voice', value: '202-555-0188' }],
    provenance: undefined,
  },
];

/** The blocks an editor inserts: every element, each with a sidebar setting or two. */
export function blockContent() {
  return [
    '<!-- wp:paragraph --><p>If someone is stalking you, help is available.</p><!-- /wp:paragraph -->',
    '<!-- wp:sa-widgets/hotline-banner {"variant":"compact"} /-->',
    `<!-- wp:sa-widgets/resource-card {"resourceId":"${agencyResource.id}","headingLevel":"2"} /-->`,
    '<!-- wp:sa-widgets/resource-card {"resourceId":"ndvh","variant":"compact","agencyRecords":false} /-->',
    '<!-- wp:sa-widgets/resource-list {"search":true,"categoryFilter":true,"pageSize":"5"} /-->',
    '<!-- wp:sa-widgets/legal-disclaimer {"variant":"compact","jurisdiction":"CA"} /-->',
    '<!-- wp:sa-widgets/safety-alert {"variant":"inline","lang":"es"} /-->',
  ].join('\n\n');
}

/** A classic-editor post: shortcodes in plain HTML, no block comments. */
export function shortcodeContent() {
  return [
    '<p>Classic editor page.</p>',
    '[sa-hotline-banner variant="compact" no-emergency]',
    '[sa-resource-card resource-id="ndvh"]',
    '[sa-resource-list categories="support-network" search]',
    '[sa-legal-disclaimer variant="inline" agency="Example County <b>CSS</b>"]',
    '[sa-safety-alert variant="inline" dismissible]',
    '[sa-quick-exit position="inline" shortcut="escape" href="javascript:alert(1)"]',
  ].join('\n\n');
}
