import { describe, expect, it } from 'vitest';
import { createEventStreamParser, type StreamEvent } from '../../renderer/transport/parseEventStream';

const encode = (text: string) => new TextEncoder().encode(text);

/** Feeds `bytes` cut at every given offset and returns what came out. */
function parseInPieces(bytes: Uint8Array, cuts: number[]): StreamEvent[] {
  const seen: StreamEvent[] = [];
  const parser = createEventStreamParser((e) => seen.push(e));
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    expect(parser.push(bytes.slice(from, cut))).toBe(true);
    from = cut;
  }
  return seen;
}

const changes = JSON.stringify({ rev: 7, op: 'persona.create', clientId: 'okno-a-0001', changes: { persona: { added: [{ name: 'Zażółć gęślą jaźń' }] } } });
const stream = `: open\n\nevent: changes\ndata: ${changes}\n\n: ping\n\nevent: project.changed\ndata: {"project":null}\n\n`;
const expected: StreamEvent[] = [
  { name: 'changes', data: changes },
  { name: 'project.changed', data: '{"project":null}' },
];

describe('event stream parser', () => {
  it('reads named events and skips comments', () => {
    expect(parseInPieces(encode(stream), [])).toEqual(expected);
  });

  it('gives the same events however the bytes are cut, even inside a UTF-8 character', () => {
    const bytes = encode(stream);
    for (let cut = 1; cut < bytes.length; cut++) expect(parseInPieces(bytes, [cut]), `cut at ${cut}`).toEqual(expected);
    const everyByte = Array.from({ length: bytes.length - 1 }, (_, i) => i + 1);
    expect(parseInPieces(bytes, everyByte)).toEqual(expected);
  });

  it('accepts CRLF and CR line ends, also a CRLF split between two pieces', () => {
    const crlf = encode('event: changes\r\ndata: {"a":1}\r\n\r\n');
    for (let cut = 1; cut < crlf.length; cut++) expect(parseInPieces(crlf, [cut])).toEqual([{ name: 'changes', data: '{"a":1}' }]);
    expect(parseInPieces(encode('event: x\rdata: 1\r\r'), [])).toEqual([{ name: 'x', data: '1' }]);
  });

  it('joins data lines, defaults the name to message, and drops an event with no data', () => {
    const text = 'data: one\ndata:two\ndata\n\nevent: empty\n\nid: 3\nretry: 10\nevent: late\ndata: x\n\n';
    expect(parseInPieces(encode(text), [])).toEqual([
      { name: 'message', data: 'one\ntwo\n' },
      { name: 'late', data: 'x' },
    ]);
  });

  it('holds an unfinished event back until its blank line', () => {
    const seen: StreamEvent[] = [];
    const parser = createEventStreamParser((e) => seen.push(e));
    parser.push('event: changes\ndata: {"rev":1}\n');
    expect(seen).toEqual([]);
    parser.push('\n');
    expect(seen).toEqual([{ name: 'changes', data: '{"rev":1}' }]);
  });

  it('gives up on an event larger than the cap, and stays given up', () => {
    const seen: StreamEvent[] = [];
    const parser = createEventStreamParser((e) => seen.push(e), 100);
    expect(parser.push(`event: changes\ndata: ${'x'.repeat(60)}\n`)).toBe(true);
    expect(parser.push(`data: ${'y'.repeat(60)}`)).toBe(false);
    expect(parser.push('\n\nevent: a\ndata: 1\n\n')).toBe(false);
    expect(seen).toEqual([]);
  });
});
