import { InputError } from './types.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of an input file, which must be UTF-8 (a byte-order mark is dropped). Excel's "CSV" (Windows-1252) and
 * "Unicode text" (UTF-16) exports are refused with the fix, instead of being imported garbled or read as a baffling
 * column list. The standard TextDecoder with `fatal` refuses any byte sequence that is not UTF-8.
 */
export function decodeInput(bytes: Uint8Array, fileName: string): string {
  const save =
    'Save it again as UTF-8: in Excel, File > Save As > "CSV UTF-8 (Comma delimited)"; in other programs, choose the UTF-8 encoding.';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new InputError(`${fileName} is UTF-16 text, not UTF-8. ${save}`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(
      `${fileName} is not UTF-8 (it looks like Excel's Windows encoding). ${save}`,
    );
  }
  return text.replace(/^\uFEFF/, '');
}
