import { requestsInFlight, whenNoRequests } from '../transport/requestsInFlight';
import { whenIdle } from './whenIdle';

/**
 * Runs `run` once the page is idle and no request is in flight (requestsInFlight); returns the cancel.
 * For work the studio does ahead of need, such as fetching a section's code: downloading it while
 * the page waits for an interview's note delays the note itself, since the same browser, host
 * and cores serve both.
 */
export function whenQuiet(run: () => void): () => void {
  let cancel: () => void = () => {};
  const waitForIdle = () => {
    cancel = whenIdle(() => {
      if (requestsInFlight() > 0) cancel = whenNoRequests(waitForIdle);
      else run();
    });
  };
  if (requestsInFlight() > 0) cancel = whenNoRequests(waitForIdle);
  else waitForIdle();
  return () => cancel();
}
