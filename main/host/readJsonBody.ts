import type { IncomingMessage } from 'node:http';

export class BodyError extends Error {
  constructor(readonly status: 400 | 413 | 415) {
    super(`body ${status}`);
  }
}

/** Reads at most `limit` bytes and parses them as JSON; refuses early on a declared oversize body. */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new BodyError(415);
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyError(413);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyError(413);
    chunks.push(chunk);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BodyError(400);
  }
}
