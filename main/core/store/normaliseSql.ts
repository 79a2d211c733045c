const WORD = /[A-Za-z0-9_$\u0080-\uffff]/;

/** The end of a quoted token starting at `start`, where the closing quote is doubled to escape it. */
function quotedEnd(sql: string, start: number, close: string): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === close) {
      if (close !== ']' && sql[i + 1] === close) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return sql.length;
}

/**
 * A CREATE statement as tokens, so the same schema compares equal however it was laid out:
 * comments and whitespace go, bare words (keywords and identifiers, which SQLite reads without
 * regard to case) are lower-cased, and quoted tokens are kept exactly as written.
 */
export function normaliseSql(sql: string | null): string | null {
  if (sql === null) return null;
  const tokens: string[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end + 1;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
    } else if (c === "'" || c === '"' || c === '`' || c === '[') {
      const end = quotedEnd(sql, i, c === '[' ? ']' : c);
      tokens.push(sql.slice(i, end));
      i = end;
    } else if (WORD.test(c)) {
      let end = i + 1;
      while (end < sql.length && WORD.test(sql[end]!)) end++;
      tokens.push(sql.slice(i, end).toLowerCase());
      i = end;
    } else {
      tokens.push(c);
      i++;
    }
  }
  return tokens.join(' ');
}
