// Renders the app's PNG icons and favicon.ico from public/icon.svg, offline: `node scripts/make-icons.mjs`.
// The outputs are committed; run this again after changing the SVG. resvg draws the SVG exactly as
// written (the "P" is a path, so no font is involved), and the same input gives the same bytes.
import { readFileSync, writeFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";

const publicDir = new URL("../public/", import.meta.url);
const icon = readFileSync(new URL("icon.svg", publicDir), "utf8");

// resvg ignores the SVG's dark-scheme @media rule, so every PNG is the light version: a blue tile with a
// white "P", which reads on light and dark surfaces alike. Only the favicon follows the browser's scheme.
const tile = /<rect class="tile"[^>]*fill="(#[0-9a-f]{6})"/.exec(icon)?.[1];
if (!tile || !icon.includes('viewBox="0 0 32 32"'))
  throw new Error("public/icon.svg: expected a 32×32 viewBox and a .tile rect with a hex fill");

// Maskable and Apple icons are cropped by the system (a circle, a squircle, rounded corners) and must
// have no transparent pixels: the same tile, square to the edges. The "P" spans about 11 units from the
// centre, inside the safe zone's radius of 12.8 (40% of 32), so no mask cuts into it.
const fullBleed = icon.replace(/(<svg[^>]*>)/, `$1<rect width="32" height="32" fill="${tile}"/>`);

function png(svg, size) {
  return new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
}

/** An .ico holding PNGs (supported by every browser that asks for /favicon.ico). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size % 256, entry);
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map(({ data }) => data)]);
}

const outputs = {
  "icon-192.png": png(icon, 192),
  "icon-512.png": png(icon, 512),
  "icon-maskable-192.png": png(fullBleed, 192),
  "icon-maskable-512.png": png(fullBleed, 512),
  "apple-touch-icon.png": png(fullBleed, 180),
  "favicon.ico": ico([16, 32, 48].map((size) => ({ size, data: png(icon, size) }))),
};
for (const [name, data] of Object.entries(outputs)) {
  writeFileSync(new URL(name, publicDir), data);
  console.log(`public/${name}: ${data.length} bytes`);
}
