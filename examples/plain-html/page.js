// The agency's own script, in a file (no inline script, so a strict CSP holds).
// Data goes in as a property; events come out as DOM events.

// A record the agency maintains itself (here the National Domestic Violence
// Hotline, as the bundled dataset publishes it). It is validated before it is shown.
document.getElementById('hotline-card').resource = {
  id: 'ndvh',
  name: 'National Domestic Violence Hotline',
  category: 'support-network',
  description:
    'A national hotline for people affected by domestic violence. You can call, text or chat, 24 hours a day, 7 days a week. A TTY line is available. The hotline does not give legal advice.',
  url: 'https://www.thehotline.org/',
  contacts: [
    { channel: 'voice', value: '+18007997233', display: '1-800-799-SAFE (7233)' },
    { channel: 'textphone', value: '+18007873224', display: '1-800-787-3224', label: 'TTY' },
    { channel: 'sms', shortCode: '88788', display: '88788', keyword: 'START' },
    { channel: 'chat', value: 'https://www.thehotline.org/' },
  ],
  hours: { type: 'always' },
  status: 'active',
  provenance: { source: 'https://ovc.ojp.gov/', verified: true, verifiedOn: '2022-01-20', reviewBy: '2027-05-01' },
};

// Which kinds of contact people use, for the agency's own counts. The widgets
// send nothing anywhere; keep whatever you record free of personal data.
document.addEventListener('sa-resource-action', (event) => {
  const { resourceId, channel } = event.detail;
  document.documentElement.dataset.lastContact = `${resourceId}:${channel}`;
});
