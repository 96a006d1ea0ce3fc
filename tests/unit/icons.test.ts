// The Chrome Web Store refuses a package without a 128 px icon, and a toolbar shows the 16 px
// one: every size WXT puts in the manifest must be a real PNG of exactly that size.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PNG_SIGNATURE = '89504e470d0a1a0a';

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
  // IHDR is the first chunk: width and height are big-endian at bytes 16 and 20.
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('extension icons', () => {
  for (const size of [16, 32, 48, 128]) {
    it(`public/icon/${size}.png is ${size}x${size}`, () => {
      expect(pngSize(path.resolve('public/icon', `${size}.png`))).toEqual({ width: size, height: size });
    });
  }
});
