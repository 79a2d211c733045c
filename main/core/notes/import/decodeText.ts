import { AppFailure } from '../../appFailure';

const SAMPLE_BYTES = 64 * 1024;

/**
 * UTF-16 written without a byte order mark (some Windows tools do): text in Latin scripts then
 * has a zero in every other byte, high bytes at odd offsets for little-endian, even for big.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const end = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (end < 2) return null;
  let zerosEven = 0;
  let zerosOdd = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) zerosEven += 1;
    if (bytes[i + 1] === 0) zerosOdd += 1;
  }
  const pairs = end / 2;
  // A quarter of the characters below U+0100 is far below any Latin text and far above any UTF-8.
  if (zerosOdd >= pairs / 4 && zerosEven <= zerosOdd / 8) return 'utf-16le';
  if (zerosEven >= pairs / 4 && zerosOdd <= zerosEven / 8) return 'utf-16be';
  return null;
}

function decodeUtf8OrCp1250(body: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1250').decode(body);
  }
}

/**
 * Text files come from many editors: UTF-8 (with or without BOM), UTF-16 from Windows tools
 * (with or without BOM), or the old Polish Windows code page. Strict UTF-8 first, so a wrong
 * guess never garbles ą or ł. What still holds NUL characters once decoded is no text at all.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = decodeUtf8OrCp1250(bytes.subarray(3));
  else {
    const utf16 = bytes.includes(0) ? sniffUtf16(bytes) : null;
    text = utf16 ? new TextDecoder(utf16).decode(bytes) : decodeUtf8OrCp1250(bytes);
  }
  if (text.includes('\0')) throw new AppFailure('invalid_input', { details: 'import.notText' });
  return text;
}
