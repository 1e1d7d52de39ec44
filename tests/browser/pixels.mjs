// Reads a PNG screenshot's pixels, so a test can say what a visitor would see in a region
// (Playwright's screenshots are 8-bit RGB or RGBA PNGs, not interlaced).
import { inflateSync } from 'node:zlib';

/** The PNG's width, height and pixels as RGBA bytes. */
export function decodePng(png) {
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || interlace !== 0 || ![2, 6].includes(colour)) throw new Error('an unexpected PNG');
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      idat.push(body);
    }
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(width * height * 4);
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x += 1) {
      const a = x >= channels ? line[x - channels] : 0;
      const b = previous[x];
      const c = x >= channels ? previous[x - channels] : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const add = [0, a, b, (a + b) >> 1, paeth][filter];
      line[x] = (line[x] + add) & 255;
    }
    for (let x = 0; x < width; x += 1) {
      line.copy(out, (y * width + x) * 4, x * channels, x * channels + 3);
      out[(y * width + x) * 4 + 3] = channels === 4 ? line[x * channels + 3] : 255;
    }
    previous = line;
  }
  return { width, height, data: out };
}

/** How many pixels in a rectangle (CSS pixels at scale 1) are not near-white. */
export function inkIn(image, { x, y, width, height }) {
  let ink = 0;
  for (let j = Math.max(0, Math.floor(y)); j < Math.min(image.height, Math.ceil(y + height)); j += 1) {
    for (let i = Math.max(0, Math.floor(x)); i < Math.min(image.width, Math.ceil(x + width)); i += 1) {
      const p = (j * image.width + i) * 4;
      if (image.data[p] < 230 || image.data[p + 1] < 230 || image.data[p + 2] < 230) ink += 1;
    }
  }
  return ink;
}
