/** The network could not be reached at all (no connection, DNS failure, timeout): nothing should change. */
export class Unreachable extends Error {}

/**
 * GET a file with the User-Agent BLS asks automated clients to send (a name and contact). Returns the body, or null
 * when the server says the file does not exist (404, as for a release not yet published). Throws Unreachable when
 * there is no network, and an Error naming the URL and status for any other failure.
 */
export async function download(
  url: string,
  userAgent: string,
  timeoutMs = 120_000,
): Promise<Uint8Array | null> {
  let res: Response;
  try {
    res = await fetch(url, {
      headers: { 'User-Agent': userAgent, Accept: '*/*' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name;
    throw new Unreachable(`cannot reach ${new URL(url).origin} (${cause})`);
  }
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${res.statusText}`);
  return new Uint8Array(await res.arrayBuffer());
}
