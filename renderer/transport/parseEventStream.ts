export interface StreamEvent {
  /** The `event:` field; "message" when the server named none. */
  name: string;
  /** The `data:` lines joined by line feeds. */
  data: string;
}

export interface EventStreamParser {
  /**
   * Feeds the next piece of the stream, bytes as they arrived (a character may be split between two
   * pieces) or text. Answers false once one event grew past the cap: the stream must be dropped.
   */
  push(chunk: Uint8Array | string): boolean;
}

/** A change set for a large import is big; one far beyond that is a broken or hostile stream. */
export const MAX_EVENT_CHARS = 32 * 1024 * 1024;

/**
 * The text/event-stream format as the WHATWG HTML standard reads it: lines end in CRLF, LF or CR,
 * a blank line ends an event, `:` starts a comment, `field: value` with one optional space.
 * Pieces may split anything (a line, a CRLF pair, a UTF-8 sequence), so it keeps what is pending.
 */
export function createEventStreamParser(onEvent: (event: StreamEvent) => void, maxEventChars = MAX_EVENT_CHARS): EventStreamParser {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let name = '';
  let data: string[] = [];
  let size = 0;
  let afterCR = false;
  let first = true;
  let broken = false;

  const line = (text: string) => {
    if (text === '') {
      if (data.length > 0) onEvent({ name: name || 'message', data: data.join('\n') });
      name = '';
      data = [];
      size = 0;
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') name = value;
    else if (field === 'data') {
      data.push(value);
      size += value.length + 1;
    }
  };

  return {
    push(chunk) {
      if (broken) return false;
      let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      if (first && text.length > 0) {
        first = false;
        if (text.startsWith('\uFEFF')) text = text.slice(1);
      }
      let start = 0;
      // The LF of a CRLF split between two pieces belongs to the line the CR already ended.
      if (afterCR && text.startsWith('\n')) start = 1;
      afterCR = false;
      const breaks = /\r\n|\r|\n/g;
      breaks.lastIndex = start;
      for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
        line(pending + text.slice(start, m.index));
        pending = '';
        start = m.index + m[0].length;
        if (m[0] === '\r' && start === text.length) afterCR = true;
      }
      pending += text.slice(start);
      if (size + pending.length > maxEventChars) {
        broken = true;
        return false;
      }
      return true;
    },
  };
}
