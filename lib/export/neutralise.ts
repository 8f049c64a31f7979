// Spreadsheet formula injection: a cell that begins with = + - @ (or a tab / carriage return) is executed by Excel
// and LibreOffice. Prefix such text with a single quote (OWASP). Numbers are written as numbers and left alone.
const DANGEROUS = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return DANGEROUS.test(value) ? `'${value}` : value;
}
