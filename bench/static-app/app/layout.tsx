import type { ReactNode } from "react";

// A title, as every page of the app has one (Lighthouse's accessibility audit asks for it).
export const metadata = { title: "Papershelf reference" };

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
