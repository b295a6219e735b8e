/**
 * The one HTTP client every provider uses. Retries, timeouts and Retry-After come from ky (a small, well-kept
 * wrapper over the platform's fetch) and the per-host concurrency limit from p-limit, instead of hand-written
 * loops: both are widely used and tested, and their behavior is documented.
 *
 * - Each attempt times out after `timeoutMs`; a timed-out attempt is retried like a network error.
 * - 408, 429, 500, 502, 503 and 504 are retried `retries` times with exponential backoff (retryDelayMs, x2 each
 *   time); a 429 or 503 with Retry-After waits what the server asks, up to maxRetryAfterMs.
 * - At most `perHost` requests run at once against one host.
 * - Every failure becomes a SourceError whose message says what happened and where.
 */
import ky, { HTTPError, isNetworkError, TimeoutError } from 'ky';
import pLimit, { type LimitFunction } from 'p-limit';

export interface HttpOptions {
  /** Sent as User-Agent unless a request sets its own (USAJOBS wants the registered email there). */
  userAgent: string;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
  maxRetryAfterMs: number;
  perHost: number;
}

export const DEFAULT_HTTP: Omit<HttpOptions, 'userAgent'> = {
  timeoutMs: 30_000,
  retries: 3,
  retryDelayMs: 1_000,
  maxRetryAfterMs: 120_000,
  perHost: 2,
};

/** A source could not be read: network, timeout, HTTP status, or a body that is not what the provider documents. */
export class SourceError extends Error {}

const int = (env: Record<string, string | undefined>, key: string, fallback: number) => {
  const v = env[key];
  if (v === undefined || v === '') return fallback;
  if (!/^\d+$/.test(v)) throw new SourceError(`${key}="${v}" is not a whole number.`);
  return Number(v);
};

/** Options from the environment: JOBS_FETCH_TIMEOUT_MS, _RETRIES, _RETRY_DELAY_MS, _MAX_RETRY_AFTER_MS, _PER_HOST. */
export function httpOptionsFromEnv(
  env: Record<string, string | undefined>,
  siteUrl: string,
): HttpOptions {
  return {
    userAgent: `ClinicalCaseManagerGuide-JobsFetch/1.0 (+${siteUrl})`,
    timeoutMs: int(env, 'JOBS_FETCH_TIMEOUT_MS', DEFAULT_HTTP.timeoutMs),
    retries: int(env, 'JOBS_FETCH_RETRIES', DEFAULT_HTTP.retries),
    retryDelayMs: int(env, 'JOBS_FETCH_RETRY_DELAY_MS', DEFAULT_HTTP.retryDelayMs),
    maxRetryAfterMs: int(env, 'JOBS_FETCH_MAX_RETRY_AFTER_MS', DEFAULT_HTTP.maxRetryAfterMs),
    perHost: Math.max(1, int(env, 'JOBS_FETCH_PER_HOST', DEFAULT_HTTP.perHost)),
  };
}

export interface Http {
  /** GET a URL and parse its JSON body; throws SourceError. */
  getJson(url: string, headers?: Record<string, string>): Promise<unknown>;
  /** How many requests were sent, retries included (for tests and the report). */
  readonly requests: number;
}

export function createHttp(opts: HttpOptions): Http {
  const limits = new Map<string, LimitFunction>();
  let requests = 0;
  const client = ky.create({
    timeout: opts.timeoutMs,
    headers: { 'user-agent': opts.userAgent, accept: 'application/json' },
    retry: {
      limit: opts.retries,
      methods: ['get'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      maxRetryAfter: opts.maxRetryAfterMs,
      retryOnTimeout: true,
      delay: (attempt) => opts.retryDelayMs * 2 ** (attempt - 1),
    },
    hooks: {
      beforeRequest: [
        () => {
          requests++;
        },
      ],
    },
  });
  const limitFor = (url: string) => {
    const host = new URL(url).host;
    let limit = limits.get(host);
    if (!limit) limits.set(host, (limit = pLimit(opts.perHost)));
    return limit;
  };
  const tries = `${opts.retries + 1} ${opts.retries ? 'tries' : 'try'}`;

  async function getJson(url: string, headers: Record<string, string> = {}) {
    let body: string;
    try {
      body = await limitFor(url)(() => client.get(url, { headers }).text());
    } catch (e) {
      if (e instanceof HTTPError)
        throw new SourceError(
          `HTTP ${e.response.status}${e.response.statusText ? ` ${e.response.statusText}` : ''} from ${url} (after ${tries})`,
        );
      if (e instanceof TimeoutError)
        throw new SourceError(`no answer within ${opts.timeoutMs} ms from ${url} (after ${tries})`);
      if (isNetworkError(e)) {
        const cause = (e as Error & { cause?: { cause?: { code?: string }; code?: string } }).cause;
        const code = cause?.code ?? cause?.cause?.code;
        throw new SourceError(
          `network error${code ? ` (${code})` : ''} for ${url} (after ${tries})`,
        );
      }
      throw new SourceError(`${(e as Error).message} for ${url}`);
    }
    try {
      return JSON.parse(body.replace(/^\uFEFF/, '')) as unknown;
    } catch (e) {
      throw new SourceError(`malformed JSON from ${url}: ${(e as Error).message}`);
    }
  }
  return {
    getJson,
    get requests() {
      return requests;
    },
  };
}
