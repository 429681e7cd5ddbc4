/**
 * Fetching a document once per page: every element with the same URL (and credentials
 * mode) shares one request and one validated result. A request is aborted only when
 * every element waiting for it has gone away or moved on to another `src`.
 */
import { validateText, type ValidationResult } from './validate.js';
import type { ValidationIssue } from './issues.js';

export type LoadErrorCode = 'network' | 'http-status' | 'timeout' | 'invalid-json' | 'invalid-schema' | 'unsupported-version';

/** Detail of the `budget-error` event. */
export interface LoadError {
  code: LoadErrorCode;
  /** English, for logs; elements show the localized message. */
  message: string;
  status?: number;
  issues?: ValidationIssue[];
}

export type LoadResult = { ok: true; result: Extract<ValidationResult, { ok: true }> } | { ok: false; error: LoadError };

export interface LoadOptions {
  signal: AbortSignal;
  credentials?: RequestCredentials;
  /** Milliseconds before the request is abandoned with a `timeout` error. */
  timeout?: number;
}

export const DEFAULT_TIMEOUT = 15_000;

interface Shared {
  promise: Promise<LoadResult>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

const cache = new Map<string, Shared>();

/** Turns a validation failure into the error the element reports. */
export function validationError(result: Extract<ValidationResult, { ok: false }>): LoadError {
  const first = result.errors[0];
  return { code: result.code, message: first ? `${first.path}: ${first.message.en}` : result.code, issues: result.errors };
}

async function request(url: string, credentials: RequestCredentials, controller: AbortController, timeout: number): Promise<LoadResult> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    const response = await fetch(url, { credentials, signal: controller.signal, headers: { Accept: 'application/json' } });
    if (!response.ok) {
      return { ok: false, error: { code: 'http-status', status: response.status, message: `HTTP ${response.status} for ${url}` } };
    }
    const result = validateText(await response.text());
    return result.ok ? { ok: true, result } : { ok: false, error: validationError(result) };
  } catch (error) {
    if (timedOut) return { ok: false, error: { code: 'timeout', message: `No response from ${url} within ${timeout} ms` } };
    return { ok: false, error: { code: 'network', message: error instanceof Error ? error.message : String(error) } };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads and validates the document at `url`. Resolves, never rejects; resolves to
 * `undefined` when `signal` aborts first (the caller has moved on).
 */
export function loadDocument(url: string, { signal, credentials = 'omit', timeout = DEFAULT_TIMEOUT }: LoadOptions): Promise<LoadResult | undefined> {
  const key = `${credentials} ${url}`;
  let shared = cache.get(key);
  if (!shared) {
    const controller = new AbortController();
    const entry: Shared = { controller, waiting: 0, settled: false, promise: request(url, credentials, controller, timeout) };
    entry.promise.then((outcome) => {
      entry.settled = true;
      // Failures are not kept: the next element, or a retry, asks again.
      if (!outcome.ok && cache.get(key) === entry) cache.delete(key);
    });
    cache.set(key, entry);
    shared = entry;
  }
  const entry = shared;
  entry.waiting++;
  return new Promise((resolve) => {
    const leave = () => {
      entry.waiting--;
      if (entry.waiting === 0 && !entry.settled) {
        entry.controller.abort();
        if (cache.get(key) === entry) cache.delete(key);
      }
      resolve(undefined);
    };
    if (signal.aborted) return leave();
    signal.addEventListener('abort', leave, { once: true });
    entry.promise.then((outcome) => {
      signal.removeEventListener('abort', leave);
      if (signal.aborted) return;
      entry.waiting--;
      resolve(outcome);
    });
  });
}

/** Forgets cached documents (tests, or a page that knows its data changed). */
export function clearDocumentCache(): void {
  cache.clear();
}
