// Synthetic records for the list benchmarks (ours and the bare-Lit baseline).
const CATEGORIES = ['education', 'safety-planning', 'support-network', 'legal', 'emergency'];
const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'];
const WORDS = [
  'advocacy',
  'shelter',
  'counseling',
  'court',
  'planning',
  'privacy',
  'support',
  'helpline',
  'legal',
  'aid',
];

/**
 * Synthetic records shaped like a county's HSDS export: every third has
 * weekly hours in one of four zones, every fifth is 24/7, most have a
 * voice line, some a text line and chat, half a Spanish translation.
 * Numbers are fictional 555 numbers and example.org URLs: this is load,
 * not information anyone will read.
 */
export function syntheticResources(count) {
  return Array.from({ length: count }, (_, i) => {
    const phone = `+1800555${String(1000 + (i % 9000)).padStart(4, '0')}`;
    const word = WORDS[i % WORDS.length];
    const contacts = [{ channel: 'voice', value: phone, display: `1-800-555-${phone.slice(-4)}` }];
    if (i % 4 === 0) contacts.push({ channel: 'sms', shortCode: '55555', display: '55555', keyword: 'HELP' });
    if (i % 3 === 0) contacts.push({ channel: 'chat', value: `https://org${i}.example.org/chat` });
    const hours =
      i % 5 === 0
        ? { type: 'always' }
        : i % 3 === 0
          ? {
              type: 'weekly',
              timeZone: ZONES[i % ZONES.length],
              weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: i % 2 ? '17:00' : '17:30' }],
            }
          : undefined;
    return {
      id: `org-${i}`,
      name: `Community ${word} service ${i}`,
      category: CATEGORIES[i % CATEGORIES.length],
      description: `Free ${word} for people affected by stalking in district ${i % 37}. Call to ask about services.`,
      url: `https://org${i}.example.org/`,
      contacts,
      ...(hours ? { hours } : {}),
      languages: i % 2 ? ['en', 'es'] : ['en'],
      status: 'active',
      provenance: {
        source: `https://registry.example.org/services/${i}`,
        verified: true,
        verifiedOn: '2026-06-01',
        reviewBy: '2099-01-01',
      },
      ...(i % 2
        ? {
            translations: {
              es: {
                name: `Servicio comunitario ${i}`,
                description: `Ayuda gratuita (${word}) en el distrito ${i % 37}.`,
              },
            },
          }
        : {}),
    };
  });
}
