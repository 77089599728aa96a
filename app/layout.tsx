import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Providers } from "@/components/layout/providers";
import { SiteHeader } from "@/components/layout/site-header";
import { ANNOUNCER_ID } from "@/lib/client/announce";
import { env } from "@/lib/env.js";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.APP_URL),
  title: { default: "Papershelf: daily research papers", template: "%s · Papershelf" },
  description: "A daily feed of new research papers, with upvotes, search, collections and sharing.",
  openGraph: { siteName: "Papershelf", type: "website" },
  // Files in public/, rendered by scripts/make-icons.mjs.
  icons: {
    icon: [
      { url: "/icon.svg", type: "image/svg+xml" },
      { url: "/icon-192.png", type: "image/png", sizes: "192x192" },
    ],
    apple: "/apple-touch-icon.png",
  },
  manifest: "/manifest.webmanifest",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <Providers>
          <SiteHeader />
          <main id="main" className="mx-auto max-w-5xl px-4 py-6">
            {children}
          </main>
          <footer className="site-footer">
            <nav aria-label="Site" className="flex flex-wrap gap-x-4 gap-y-2">
              <Link prefetch={false} href="/about" className="hover:underline">
                About
              </Link>
              <a href="/feed.xml" className="hover:underline">
                Atom feed
              </a>
              <a href="/api/openapi.json" className="hover:underline">
                API
              </a>
            </nav>
          </footer>
          <p id={ANNOUNCER_ID} aria-live="polite" className="sr-only" />
        </Providers>
      </body>
    </html>
  );
}
