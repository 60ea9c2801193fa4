// The agency's own script, in a file (no inline script, so a strict CSP holds).
// Data goes in as a property; events come out as DOM events.

// A record the agency maintains itself: its own page about safety in a child
// support case. (Hotline records come from the bundled, sourced dataset: use
// resource-id="ndvh" rather than copying their numbers here.) It is validated
// before it is shown; replace the URL and text with your agency's own.
document.getElementById('agency-card').resource = {
  id: 'agency-safety-page',
  name: 'Safety in your child support case',
  category: 'safety-planning',
  description:
    'You can tell your caseworker about safety concerns at any stage of your case, and ask about keeping your address confidential.',
  url: 'https://www.example.org/child-support/safety',
  contacts: [{ channel: 'web', value: 'https://www.example.org/child-support/safety', display: 'Read more' }],
  status: 'active',
  provenance: {
    source: 'https://www.example.org/child-support/safety',
    verified: true,
    verifiedOn: '2026-11-01',
    reviewBy: '2027-05-01',
  },
};

// Which kinds of contact people use, for the agency's own counts. The widgets
// send nothing anywhere; keep whatever you record free of personal data.
document.addEventListener('sa-resource-action', (event) => {
  const { resourceId, channel } = event.detail;
  document.documentElement.dataset.lastContact = `${resourceId}:${channel}`;
});
