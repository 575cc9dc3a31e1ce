/**
 * CSV text (RFC 4180) for exporting a deck: every field quoted, quotes doubled, CRLF between rows,
 * so commas, quotes and line breaks inside a field survive an import into Anki or a spreadsheet.
 * Pure.
 */

/** One field, always quoted: `a "b", c` → `"a ""b"", c"`. */
export function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** Rows of fields as CSV text; every row ends with CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/**
 * Parses CSV text written by toCsv (or any RFC 4180 text): quoted fields with doubled quotes and
 * embedded commas and line breaks; lines starting with `#` outside a field are Anki's header
 * comments and are skipped.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let atRowStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
      continue;
    }
    if (atRowStart && c === '#') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
      continue;
    }
    atRowStart = false;
    if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atRowStart = true;
    } else field += c;
  }
  if (!atRowStart) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
