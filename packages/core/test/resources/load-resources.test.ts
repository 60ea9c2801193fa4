import { expect } from '@open-wc/testing';
import { loadResources } from '../../src/index.js';
import { fixtureUrl } from './fixtures.js';
import { captureWarningsAsync } from './warnings.js';

describe('loadResources', () => {
  const originalFetch = window.fetch;
  let requests: Array<{ url: string; init: RequestInit | undefined }> = [];

  beforeEach(() => {
    requests = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push({ url: String(input), init });
      return originalFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = originalFetch;
  });

  it('sends no cookies, no referrer, and keeps the response out of the HTTP cache', async () => {
    await captureWarningsAsync(() => loadResources(fixtureUrl('resources-mixed.json')));
    expect(requests).to.have.length(1);
    expect(requests[0]!.init).to.deep.include({
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
  });

  it('keeps the valid records of a Resource array and reports each bad one', async () => {
    const { result, warnings } = await captureWarningsAsync(() => loadResources(fixtureUrl('resources-mixed.json')));
    expect(result.resources.map((resource) => resource.id)).to.deep.equal(['good-line']);
    expect(result.issues.map((issue) => [issue.id, issue.path])).to.deep.equal([
      ['hostile-link', '$[1].url'],
      ['no-provenance', '$[2].provenance'],
    ]);
    expect(warnings.filter((warning) => /skipped/i.test(warning))).to.have.length(2);
  });

  it('recognises an HSDS paginated list and records where it was read as the source', async () => {
    const src = fixtureUrl('service_list.json');
    const { result } = await captureWarningsAsync(() => loadResources(src));
    expect(result.issues).to.deep.equal([]);
    expect(result.resources[0]).to.deep.include({
      id: 'ac148810-d857-441c-9679-408f346de14b',
      category: 'support-network',
    });
    expect(result.resources[0]!.provenance.source).to.equal(src);
  });

  it('recognises a single HSDS service and an array of them', async () => {
    const single = await captureWarningsAsync(() => loadResources(fixtureUrl('service_full.json')));
    expect(single.result.resources).to.have.length(1);
    const many = await captureWarningsAsync(() => loadResources(fixtureUrl('hsds-sample.json')));
    expect(many.result.resources.map((resource) => resource.id)).to.deep.equal([
      'sample-helpline',
      'sample-around-the-clock',
    ]);
  });

  it('resolves a relative src against the page, as a host would write it', async () => {
    const { result } = await captureWarningsAsync(() =>
      loadResources('/packages/core/test/resources/fixtures/resources-mixed.json'),
    );
    expect(result.resources).to.have.length(1);
  });

  it('rejects a missing file, a body that is not JSON, and an unsafe URL without fetching it', async () => {
    const failures: string[] = [];
    for (const src of [
      fixtureUrl('no-such-file.json'),
      fixtureUrl('not-json.txt'),
      'javascript:alert(1)',
      'https://user:pw@example.org/data.json',
    ]) {
      try {
        await captureWarningsAsync(() => loadResources(src));
        failures.push(`${src}: resolved`);
      } catch (error) {
        failures.push((error as Error).message);
      }
    }
    expect(failures[0]).to.match(/could not be loaded \(HTTP 404\)/);
    expect(failures[1]).to.match(/not valid JSON/);
    expect(failures[2]).to.match(/not a safe http\(s\) URL/);
    expect(failures[3]).to.match(/not a safe http\(s\) URL/);
    expect(requests.map((request) => request.url)).to.deep.equal([
      fixtureUrl('no-such-file.json'),
      fixtureUrl('not-json.txt'),
    ]);
  });
});
