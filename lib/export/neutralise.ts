// Spreadsheet formula injection: a cell that begins with = + - @ (or a tab / carriage return) is executed by Excel
// and LibreOffice. Prefix such text with a single quote (OWASP). Numbers are written as numbers and left alone.
const DANGEROUS = /^[=+\-@\t\r]/;

// A plain decimal number ("-228.29", the value column of a negative net flow or balance) is data, not a formula.
const NUMBER = /^-?\d+(\.\d+)?$/;

export function neutraliseCell(value: string): string {
  return DANGEROUS.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}
