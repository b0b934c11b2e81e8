import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findUtf8Fault, StrictUtf8Decoder } from '../../subgraphs/kit/ingest/utf8';

const decodeInChunks = (bytes: Buffer, size: number) => {
  const decoder = new StrictUtf8Decoder();
  let text = '';
  for (let at = 0; at < bytes.length; at += size)
    text += decoder.write(bytes.subarray(at, at + size));
  return text + decoder.end();
};

const fileOf = (bytes: Buffer) => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cpg-utf8-')), 'f.csv');
  writeFileSync(file, bytes);
  return file;
};

describe('StrictUtf8Decoder', () => {
  it('strips a BOM and turns CRLF, LF and lone CR into LF, whatever the chunk boundaries', () => {
    const bytes = Buffer.from('\uFEFFa,b\r\nSheffield,Ŝ\nc,d\re,€\r\n');
    for (const size of [1, 2, 3, 7, 1000])
      expect(decodeInChunks(bytes, size)).toBe('a,b\nSheffield,Ŝ\nc,d\ne,€\n');
  });

  it('throws on a byte that is not UTF-8, and on a character cut off by the end', () => {
    expect(() => decodeInChunks(Buffer.from([0x61, 0xe9, 0x62]), 1)).toThrow(
      'not valid for encoding utf-8',
    );
    expect(() => decodeInChunks(Buffer.from([0x61, 0xe2, 0x82]), 2)).toThrow(
      'not valid for encoding utf-8',
    );
  });
});

describe('findUtf8Fault', () => {
  it('gives the byte offset, line and bytes of the first bad sequence', async () => {
    const bytes = Buffer.concat([
      Buffer.from('id,name\r\n1,Zürich\n2,'),
      Buffer.from([0x53, 0x68, 0x65, 0x66, 0x66, 0xe9, 0x69]), // "Sheff" + Latin-1 é + "i"
      Buffer.from('eld\n'),
    ]);
    expect(await findUtf8Fault(fileOf(bytes))).toEqual({
      offset: bytes.indexOf(0xe9),
      line: 3,
      bytes: '0xE9 0x69',
    });
  });

  it('rejects overlong and surrogate encodings, and says when the file ends mid-character', async () => {
    expect(await findUtf8Fault(fileOf(Buffer.from([0x41, 0xc0, 0xaf])))).toMatchObject({
      offset: 1,
    });
    expect(await findUtf8Fault(fileOf(Buffer.from([0x0a, 0xed, 0xa0, 0x80])))).toMatchObject({
      offset: 1,
      line: 2,
    });
    expect(await findUtf8Fault(fileOf(Buffer.from([0x0d, 0x0d, 0xe2, 0x82])))).toEqual({
      offset: 2,
      line: 3,
      bytes: '0xE2 0x82 (cut off by the end of the file)',
    });
    expect(await findUtf8Fault(fileOf(Buffer.from('ok ✓\n')))).toBeNull();
  });
});
