/** The text of an input file (stub: decodes as the script did before). */
export function decodeInput(bytes: Uint8Array, _fileName: string): string {
  return Buffer.from(bytes).toString('utf8');
}
