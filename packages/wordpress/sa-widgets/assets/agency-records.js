// Gives each resource card that shows one of the agency's own records (set in
// the plugin's settings) that record as its `resource` property. Runs before
// the widgets' script defines the elements, so the card upgrades with it.
for (const card of document.querySelectorAll('sa-resource-card[data-sa-record]')) {
  try {
    card.resource = JSON.parse(card.getAttribute('data-sa-record'));
  } catch {
    console.warn('<sa-resource-card> data-sa-record is not valid JSON; the card shows its resource-id instead.');
  }
}
