import { ParseError } from "./errors";
import { normalizeText } from "./normalize";

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
/** Share of control bytes (besides tab, newline, form feed, carriage return) in the first SNIFF_BYTES above which a file is taken as binary; a NUL anywhere makes it binary. */
const MAX_CONTROL_SHARE = 0.1;
const SNIFF_BYTES = 8192;

/** Bytes -> text: strict UTF-8, BOM stripped, line endings unified to "\n", normalized (normalize.ts). */
export function decodeText(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ParseError("UTF-16 text is not supported (save the file as UTF-8)");
  }
  const hasBom = bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
  const content = hasBom ? bytes.subarray(3) : bytes;

  const nul = content.indexOf(0);
  if (nul !== -1) throw new ParseError(`binary file, not text (a NUL byte at offset ${nul + (hasBom ? 3 : 0)})`);
  if (looksBinary(content)) throw new ParseError("binary file, not text");

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(content);
  } catch {
    const offset = firstInvalidUtf8Offset(content) + (hasBom ? 3 : 0);
    const byte = bytes[offset] ?? 0;
    throw new ParseError(`not valid UTF-8 text (byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} at offset ${offset})`);
  }

  if (text.trim() === "") throw new ParseError("empty file");
  const normalized = normalizeText(text);
  if (normalized.trim() === "") throw new ParseError("empty file (nothing but invisible or control characters)");
  return normalized;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const byte of sample) {
    const isControl = (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f;
    if (isControl) controls++;
  }
  return sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE;
}

/** Offset of the lead byte of the first invalid UTF-8 sequence (TextDecoder does not say where). */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    let length: number;
    let min: number;
    if (lead < 0x80) {
      i++;
      continue;
    } else if (lead >= 0xc2 && lead <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else {
      return i;
    }
    let codePoint = lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i; // cut short by the end of the file
      if ((next & 0xc0) !== 0x80) return i; // the sequence that breaks, by its lead byte
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += length;
  }
  return 0; // unreachable when TextDecoder rejected the bytes
}
