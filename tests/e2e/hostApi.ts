import type { RunningHost } from './studioHost';

/**
 * Calls an operation as another client would (a script, the CLI, another window): POST /api/<op>
 * with the launch token. Throws with the core's message when the answer is a refusal.
 */
export async function api<T>(host: RunningHost, op: string, input: unknown): Promise<T> {
  const res = await fetch(`${host.origin}/api/${op}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${op}: ${result.error?.message}`);
  return result.value;
}
