// A reader going through every element of the privacy page with real mouse
// clicks and key presses (puppeteer), the way someone at risk would use it:
// reading the disclosures, filtering, searching, trying every contact link,
// closing the banner and the alert. The quick exit comes last, separately.

const LIST = 'sa-resource-list';

/** Waits for Lit to finish rendering every element on the page. */
export async function settle(page) {
  await page.evaluate(async () => {
    const elements = [...document.querySelectorAll('*')].filter((node) => node.localName.startsWith('sa-'));
    await Promise.all(elements.map((element) => element.updateComplete));
    await new Promise((done) => requestAnimationFrame(() => done()));
  });
}

/** Clicks an element in the middle of the viewport, away from the sticky quick exit bar. */
async function clickCentered(handle) {
  await handle.evaluate((node) => node.scrollIntoView({ block: 'center', inline: 'center' }));
  await handle.click();
}

/** Clicks the first element matching `selector` (deep), re-queried each time since renders replace nodes. */
async function clickOne(page, selector) {
  const handle = await page.$(selector);
  if (!handle) throw new Error(`Nothing matches ${selector}`);
  await clickCentered(handle);
  await settle(page);
}

async function count(page, selector) {
  return (await page.$$(selector)).length;
}

/** Opens every <details> in every shadow root by clicking its summary. */
export async function openEveryDisclosure(page) {
  const summaries = await page.$$('pierce/details:not([open]) > summary');
  for (const summary of summaries) await clickCentered(summary);
  await settle(page);
  return summaries.length;
}

/** Every category, then "All" again; search with and without results; open now on and off; every "Show more". */
export async function useListControls(page) {
  const options = await count(page, `${LIST} >>> input[name="category"]`);
  for (let index = 1; index < options; index++) {
    const radios = await page.$$(`${LIST} >>> input[name="category"]`);
    await clickCentered(radios[index]);
    await settle(page);
  }
  await clickOne(page, `${LIST} >>> input[name="category"][value="all"]`);

  const search = await page.$(`${LIST} >>> #search`);
  await clickCentered(search);
  await page.keyboard.type('stalking hotline', { delay: 5 });
  await settle(page);
  await search.click({ count: 3 });
  await page.keyboard.type('a search nothing matches', { delay: 5 });
  await settle(page);
  await clickOne(page, `${LIST} >>> [part="reset"]`);

  await clickOne(page, `${LIST} >>> [part="open-now"] input`);
  await clickOne(page, `${LIST} >>> [part="open-now"] input`);

  let moreClicks = 0;
  while ((await page.$(`${LIST} >>> [part="more"]`)) && moreClicks < 50) {
    await clickOne(page, `${LIST} >>> [part="more"]`);
    moreClicks++;
  }
  return { options, moreClicks };
}

/**
 * Clicks every link inside the elements' shadow roots except the quick exit
 * (the page's traps record and cancel each navigation). Returns what was
 * clicked: its href and, for contact links, the channel the element should report.
 */
export async function clickEveryLink(page) {
  const links = [];
  for (const handle of await page.$$('pierce/a[href]')) {
    const info = await handle.evaluate((link) => ({
      inShadow: link.getRootNode() instanceof ShadowRoot,
      isExit: link.matches('[part~="control"]'),
      href: link.href,
      channel: link.dataset.channel ?? null,
    }));
    if (!info.inShadow || info.isExit) continue;
    await clickCentered(handle);
    links.push({ href: info.href, channel: info.channel });
  }
  await settle(page);
  return links;
}

/** Closes the hotline banner and hides the safety alert with their own buttons. */
export async function dismissBannerAndAlert(page) {
  await clickOne(page, 'sa-hotline-banner >>> [part="close"]');
  await clickOne(page, 'sa-safety-alert >>> [part="dismiss"]');
}

/** Uses the quick exit with a real click, scrolled back to the top as a reader in a hurry would find it. */
export async function quickExit(page) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const control = await page.waitForSelector('sa-quick-exit >>> [part~="control"]');
  await Promise.all([page.waitForNavigation({ timeout: 5000 }), control.click()]);
}
