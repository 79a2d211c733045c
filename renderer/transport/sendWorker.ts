import { apiHeaders } from './apiHeaders';

/**
 * Sends requests for the page, from its first large one or from the opening of a note on: turning
 * a long note into JSON and handing a few hundred kilobytes to fetch() cost the calling thread tens
 * of milliseconds in Chromium, and even a small fetch() a millisecond or more, which on the page's
 * thread would land on a keystroke while a note autosaves.
 */
interface Job {
  id: number;
  url: string;
  token: string;
  input: unknown;
  clientId?: string;
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<Job>) => void) | null; postMessage(message: unknown): void };

// Before this, an error means the worker never ran: nothing it was given has been sent.
scope.postMessage({ ready: true });

scope.onmessage = (event) => {
  const { id, url, token, input, clientId } = event.data;
  let body: string;
  try {
    body = JSON.stringify(input);
  } catch {
    scope.postMessage({ id, status: -1, text: null });
    return;
  }
  fetch(url, {
    method: 'POST',
    headers: apiHeaders(token, clientId),
    body,
    cache: 'no-store',
    credentials: 'omit',
  }).then(
    async (response) => scope.postMessage({ id, status: response.status, text: await response.text().catch(() => null) }),
    () => scope.postMessage({ id, status: 0, text: null }),
  );
};
