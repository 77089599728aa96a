/**
 * The code points a TrueType/OpenType font has glyphs for, from its `cmap` table (formats 4 and 12,
 * the Unicode subtables every modern font carries).
 */
export function fontCoverage(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const covered = new Set<number>();
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (String.fromCharCode(...font.subarray(record, record + 4)) === "cmap") cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error("font has no cmap table");
  const subtables = view.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const offset = cmap + view.getUint32(cmap + 4 + i * 8 + 4);
    const format = view.getUint16(offset);
    if (format === 4) {
      const segments = view.getUint16(offset + 6) / 2;
      const ends = offset + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const start = view.getUint16(starts + s * 2);
        const end = view.getUint16(ends + s * 2);
        const delta = view.getUint16(deltas + s * 2);
        const rangeOffset = view.getUint16(rangeOffsets + s * 2);
        for (let code = start; code <= end && code !== 0xffff; code++) {
          // A code mapped to glyph 0 (.notdef) has no glyph.
          const glyph =
            rangeOffset === 0 ? (code + delta) & 0xffff : view.getUint16(rangeOffsets + s * 2 + rangeOffset + (code - start) * 2);
          if (glyph !== 0) covered.add(code);
        }
      }
    } else if (format === 12) {
      const groups = view.getUint32(offset + 12);
      for (let g = 0; g < groups; g++) {
        const group = offset + 16 + g * 12;
        if (view.getUint32(group + 8) === 0) continue;
        for (let code = view.getUint32(group); code <= view.getUint32(group + 4); code++) covered.add(code);
      }
    }
  }
  return covered;
}
