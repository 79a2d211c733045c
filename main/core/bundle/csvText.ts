/**
 * RFC 4180 text for a spreadsheet: every cell quoted, quotes doubled, CRLF between rows, and a
 * byte-order mark so Excel reads Polish letters as UTF-8. A cell a spreadsheet would run as a
 * formula (=, +, -, @, a tab or carriage return first) starts with an apostrophe instead: the
 * text is someone's notes, never a formula (OWASP's CSV injection advice).
 */
export function csvText(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const line = (cells: readonly unknown[]) => cells.map(cell).join(',');
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}
