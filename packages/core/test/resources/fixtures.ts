/** URL of a file in ./fixtures, as served by the test server. */
export function fixtureUrl(name: string): string {
  return new URL(`./fixtures/${name}`, import.meta.url).href;
}

export async function readFixture(name: string): Promise<unknown> {
  const response = await fetch(fixtureUrl(name));
  if (!response.ok) throw new Error(`Fixture ${name}: HTTP ${response.status}`);
  return response.json();
}
