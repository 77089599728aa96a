import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fontCoverage } from "@/lib/og/font-coverage";

// Both are read from disk once, when a card is first drawn; nothing is ever fetched.

/**
 * next/og's own font (Geist), from where Next ships it, passed to ImageResponse explicitly so that
 * the characters we let through (lib/og/drawable-text.ts) are exactly those it has glyphs for.
 */
const fontData = readFileSync(join(process.cwd(), "node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf"));

export const CARD_FONT = { name: "Geist", data: fontData, weight: 400, style: "normal" } as const;

export const CARD_FONT_COVERAGE: ReadonlySet<number> = fontCoverage(fontData);

/** The app's icon (public/icon.svg) as a data URL; the renderer ignores its dark-scheme rule. */
export const CARD_ICON = `data:image/svg+xml;base64,${readFileSync(join(process.cwd(), "public/icon.svg")).toString("base64")}`;
