/**
 * Case-insensitive substring search on both databases. PostgreSQL folds case with `lower()` for
 * every script. SQLite's `lower()` and `LIKE` fold only ASCII, so there the needle becomes a GLOB
 * pattern with a character class per letter (`Émile` -> `*[éÉ][mM][iI][lL][eE]*`), which matches any
 * mix of cases without a user function (libsql has none).
 */
export type SearchDialect = 'sqlite' | 'postgresql';

/** The SQL test of one column against the needle, and the parameter it takes. */
export function caselessContains(
  dialect: SearchDialect,
  needle: string,
): { test: (column: string) => string; param: string } {
  if (dialect === 'postgresql')
    return {
      test: (column) => `lower(${column}) like ? escape '\\'`,
      param: `%${needle.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`,
    };
  return { test: (column) => `${column} glob ?`, param: `*${caselessGlob(needle)}*` };
}

/** A GLOB pattern matching `text` literally in any case (GLOB's own `*`, `?` and `[` taken literally). */
export function caselessGlob(text: string): string {
  let out = '';
  for (const c of text) {
    if (c === '*' || c === '?' || c === '[') {
      out += `[${c}]`;
      continue;
    }
    // the single-character forms of the letter (a letter whose other case is two characters,
    // such as ß, keeps the forms that are one)
    const forms = [...new Set([c, c.toLowerCase(), c.toUpperCase()])].filter((f) => [...f].length === 1);
    out += forms.length > 1 ? `[${forms.join('')}]` : c;
  }
  return out;
}
