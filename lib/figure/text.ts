// Text for figures: width estimates from Noto Sans' own advance widths (CJK: one em), line wrapping on the word
// boundaries ICU finds for the locale (Intl.Segmenter: spaces in Latin/Cyrillic, dictionary words in Chinese), and
// XML escaping. Pure: no font is loaded, so SVG and PNG wrap the same way on every machine.
import { NOTO_SANS_BOLD, NOTO_SANS_REGULAR } from "./font-metrics";

/** Font stacks: our fonts first (the PNG is drawn with them), then what a reader's machine is likely to have. */
export const LATIN_FONT_STACK = "'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
export const CJK_FONT_STACK =
  "'Noto Sans S Chinese', 'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

function table(ranges: [number, number, string][]): Map<number, number> {
  const map = new Map<number, number>();
  for (const [first, , widths] of ranges) {
    widths.split(" ").forEach((w, i) => {
      if (w !== "0") map.set(first + i, Number(w));
    });
  }
  return map;
}

let widths: { regular: Map<number, number>; bold: Map<number, number> } | undefined;
const AVERAGE = 600;

/** East Asian wide characters (CJK ideographs, kana, Hangul, CJK and full-width punctuation): one em each. */
export function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Whether Noto Sans has a glyph for this code point (else the CJK font's, which also has arrows and symbols). */
export function inLatinFont(cp: number): boolean {
  widths ??= { regular: table(NOTO_SANS_REGULAR), bold: table(NOTO_SANS_BOLD) };
  return widths.regular.has(cp);
}

/** Estimated width in px of `text` set in Noto Sans (CJK in Noto Sans SC) at `fontSize`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  widths ??= { regular: table(NOTO_SANS_REGULAR), bold: table(NOTO_SANS_BOLD) };
  const w = bold ? widths.bold : widths.regular;
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    units += isWide(cp) ? 1000 : (w.get(cp) ?? AVERAGE);
  }
  return (units * fontSize) / 1000;
}

const OPENING = /^[([{«“‘„‹（【《「『〔〈]+$/u;
const SPACE = /^\s+$/u;

/** Pieces that may not be split: a word with the punctuation that clings to it ("(China", "reports),", "中国"). */
function chunks(text: string, locale: string): { text: string; spaceBefore: boolean }[] {
  const out: { text: string; spaceBefore: boolean; wide: boolean }[] = [];
  let space = false;
  let pendingOpen = "";
  for (const { segment, isWordLike } of new Intl.Segmenter(locale, { granularity: "word" }).segment(text)) {
    if (SPACE.test(segment)) {
      space = out.length > 0 || pendingOpen !== "";
      continue;
    }
    if (!isWordLike && OPENING.test(segment)) {
      pendingOpen += segment;
      continue;
    }
    const wide = isWide(segment.codePointAt(0)!);
    const last = out[out.length - 1];
    // Closing punctuation and hyphens stick to the word before; Latin words with no space between stay together.
    const glue = last && !space && !pendingOpen && (!isWordLike || (!wide && !last.wide));
    if (glue) {
      last.text += segment;
      last.wide = wide;
    } else out.push({ text: pendingOpen + segment, spaceBefore: space, wide });
    pendingOpen = "";
    space = false;
  }
  if (pendingOpen) out.push({ text: pendingOpen, spaceBefore: space, wide: false });
  return out;
}

/** Splits a word wider than the line into pieces that fit (by code point). */
function hardSplit(word: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const ch of word) {
    if (current && textWidth(current + ch, fontSize, bold) > maxWidth) {
      pieces.push(current);
      current = "";
    }
    current += ch;
  }
  if (current) pieces.push(current);
  return pieces;
}

export interface WrapOptions {
  fontSize: number;
  bold?: boolean;
  locale: string;
  /** At most this many lines; the last one ends with "…" when text was cut. */
  maxLines?: number;
}

/** Greedy line breaking of `text` to `maxWidth` px. Explicit newlines start a new line. */
export function wrapText(text: string, maxWidth: number, options: WrapOptions): string[] {
  const { fontSize, bold = false, locale, maxLines = Infinity } = options;
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const chunk of chunks(paragraph, locale)) {
      const candidate = line ? `${line}${chunk.spaceBefore ? " " : ""}${chunk.text}` : chunk.text;
      if (textWidth(candidate, fontSize, bold) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      const pieces = hardSplit(chunk.text, maxWidth, fontSize, bold);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? "";
    }
    if (line || lines.length === 0) lines.push(line);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]}…`;
  while (last.length > 1 && textWidth(last, fontSize, bold) > maxWidth) last = `${[...last].slice(0, -2).join("").trimEnd()}…`;
  kept[maxLines - 1] = last;
  return kept;
}

/**
 * Whether a line must be set in the CJK font: it has a character Noto Sans lacks (CJK, or a symbol such as →). A whole
 * line, not a run: resvg shapes a line with each of its fonts and, when a fallback font covers the whole line, takes
 * every glyph from it at its regular weight, so a bold Latin run beside a CJK run would lose its weight.
 */
export function needsCjkFont(line: string): boolean {
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0x7e && (isWide(cp) || !inLatinFont(cp))) return true;
  }
  return false;
}

/** Escapes text for XML and drops the characters XML 1.0 cannot hold (control characters, lone surrogates). */
export function escapeXml(text: string): string {
  const clean = text.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    "",
  );
  return clean.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}
