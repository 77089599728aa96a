import "server-only";
import { ImageResponse } from "next/og";
import { CARD_FONT, CARD_FONT_COVERAGE, CARD_ICON } from "@/lib/og/card-assets";
import { drawableText } from "@/lib/og/drawable-text";

/** The size every social network shows large (Open Graph's and X's recommended 1.91:1). */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 };

export type SocialCard = {
  /** What it is: "Paper · arXiv 2310.06825", "Collection". */
  kind: string;
  title: string;
  /** Authors, or the collection's owner. */
  byline: string;
  /** Upvotes, or the number of papers. */
  stat: string;
};

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** A social card as a PNG response. Every text goes through drawableText: nothing to download. */
export function socialCardResponse(card: SocialCard, headers?: HeadersInit): ImageResponse {
  const text = (value: string, max: number) => clip(drawableText(value, CARD_FONT_COVERAGE), max);
  const title = text(card.title, 150);
  const titleSize = title.length <= 50 ? 68 : title.length <= 100 ? 56 : 46;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#ffffff",
        borderTop: "16px solid #2e5bda",
        color: "#18181b",
        fontFamily: "Geist",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 32, color: "#52525b" }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- drawn by next/og, not a page */}
        <img src={CARD_ICON} width={56} height={56} alt="" />
        <span style={{ color: "#18181b" }}>Papershelf</span>
        <span>·</span>
        <span>{text(card.kind, 60)}</span>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        <div style={{ fontSize: titleSize, lineHeight: 1.15 }}>{title}</div>
        <div style={{ fontSize: 30, color: "#52525b" }}>{text(card.byline, 110)}</div>
      </div>
      <div style={{ display: "flex", fontSize: 34, color: "#1f47bc" }}>{text(card.stat, 60)}</div>
    </div>,
    { ...SOCIAL_CARD_SIZE, fonts: [CARD_FONT], headers },
  );
}
