import { createReadStream } from 'node:fs';

/**
 * Decodes a file chunk by chunk as strict UTF-8 (an invalid byte throws rather than becoming
 * U+FFFD, which the API would then serve as "Sheff��ield"), drops a leading byte-order mark,
 * and turns every line ending (CRLF, LF, a lone CR, mixed in one file) into LF, so the CSV
 * parser sees one kind and counts lines the way an editor does.
 */
export class StrictUtf8Decoder {
  // ignoreBOM false: the decoder strips a leading BOM itself.
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  private pendingCr = false;

  /** Throws a TypeError (code ERR_ENCODING_INVALID_ENCODED_DATA) on an invalid sequence. */
  write(bytes: Uint8Array): string {
    return this.normalise(this.decoder.decode(bytes, { stream: true }), false);
  }

  /** The rest; throws when the file ends inside a multi-byte character. */
  end(): string {
    return this.normalise(this.decoder.decode(), true);
  }

  private normalise(text: string, final: boolean): string {
    let joined = this.pendingCr ? `\r${text}` : text;
    // A CR at the end of a chunk may be the first half of a CRLF split across chunks.
    this.pendingCr = !final && joined.endsWith('\r');
    if (this.pendingCr) joined = joined.slice(0, -1);
    return joined.replace(/\r\n?/g, '\n');
  }
}

/** Where a file stops being UTF-8: byte offset (0-based), line (1-based) and the bad bytes. */
export interface Utf8Fault {
  offset: number;
  line: number;
  bytes: string;
}

/** The byte range the next byte of a sequence must fall in after `lead` (WHATWG UTF-8 decoder). */
function sequenceAfter(lead: number): { needed: number; lower: number; upper: number } | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { needed: 1, lower: 0x80, upper: 0xbf };
  if (lead === 0xe0) return { needed: 2, lower: 0xa0, upper: 0xbf };
  if (lead === 0xed) return { needed: 2, lower: 0x80, upper: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { needed: 2, lower: 0x80, upper: 0xbf };
  if (lead === 0xf0) return { needed: 3, lower: 0x90, upper: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { needed: 3, lower: 0x80, upper: 0xbf };
  if (lead === 0xf4) return { needed: 3, lower: 0x80, upper: 0x8f };
  return null;
}

const hex = (bytes: number[]) =>
  bytes.map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');

/**
 * Finds the first invalid UTF-8 sequence of a file, reading it as a stream. `TextDecoder` only
 * says that a file is invalid; this says where, so the error can name the line to fix. Run only
 * after the decoder has failed. Lines end at LF, CRLF or a lone CR, as `StrictUtf8Decoder` reads.
 */
export async function findUtf8Fault(filePath: string): Promise<Utf8Fault | null> {
  let offset = 0;
  let line = 1;
  let lastWasCr = false;
  let sequence: number[] = [];
  let start = 0;
  let needed = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for await (const chunk of createReadStream(filePath) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (needed > 0) {
        if (byte < lower || byte > upper)
          return { offset: start, line, bytes: hex([...sequence, byte]) };
        sequence.push(byte);
        needed -= 1;
        lower = 0x80;
        upper = 0xbf;
      } else if (byte >= 0x80) {
        const next = sequenceAfter(byte);
        if (!next) return { offset, line, bytes: hex([byte]) };
        ({ needed, lower, upper } = next);
        sequence = [byte];
        start = offset;
      } else {
        if (byte === 0x0a && !lastWasCr) line += 1;
        if (byte === 0x0d) line += 1;
      }
      lastWasCr = byte === 0x0d;
      offset += 1;
    }
  }
  return needed > 0
    ? { offset: start, line, bytes: `${hex(sequence)} (cut off by the end of the file)` }
    : null;
}

/** The problem text for a file that is not UTF-8. */
export function describeUtf8Fault(fault: Utf8Fault | null): string {
  const where = fault ? ` at byte ${fault.offset} (${fault.bytes})` : '';
  return `is not valid UTF-8${where}; save it as UTF-8 (a spreadsheet's "CSV UTF-8" option) and load it again`;
}
