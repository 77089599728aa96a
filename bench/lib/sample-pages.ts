import { randomBytes } from "node:crypto";
import { loadSeedPapers } from "../../lib/seed/load-seed-papers";
import { SEED_LISTING_DATE } from "../../lib/seed/seed-papers";

// The main pages that bench/pages.ts (Lighthouse) and e2e/perf-budget.spec.ts (sizes) measure, chosen
// among the seed papers so that both measure the same pages, and so that the papers other end-to-end
// tests add or import (other words, other days) never change what these pages show.

/** Matches 7 seed papers, and no test fixture or test paper. */
export const SAMPLE_SEARCH = "mamba";
/** The seed listing's own day: its 3 papers without a published date are listed on it. */
export const SAMPLE_DAY = SEED_LISTING_DATE;
/** How many seed papers the sample collection holds. */
const COLLECTION_SIZE = 10;

/** The seed's most upvoted paper: the one most people open. */
export async function samplePaperSlug(): Promise<string> {
  const papers = await loadSeedPapers();
  return papers.reduce((best, paper) => (paper.upvotes > best.upvotes ? paper : best)).slug;
}

export type SamplePage = { name: string; path: string };

export type SampleCollection = { sharePath: string; profilePath: string };

/** The public pages everyone sees, before any user content exists. */
export async function publicSamplePages(): Promise<SamplePage[]> {
  return [
    { name: "feed", path: "/" },
    { name: "search results", path: `/search?q=${SAMPLE_SEARCH}` },
    { name: "paper page", path: `/papers/${await samplePaperSlug()}` },
    { name: "date view", path: `/papers/date/${SAMPLE_DAY}` },
  ];
}

class CookieJar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = pair!.split("=");
      this.cookies.set(name!.trim(), value.join("="));
    }
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

async function expectStatus(response: Response, status: number, what: string) {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return response;
}

/**
 * A new person (through the app's own HTTP API, as the sign-up page does) with a public
 * collection of the 10 newest seed papers, shared by link: its `/c/<token>` page and the
 * person's profile, which lists it. `address` is sent as X-Forwarded-For, which only a server
 * with TRUST_PROXY (the end-to-end tests') believes: it keeps per-address limits per person.
 */
export async function createSampleCollection(base: string): Promise<SampleCollection> {
  const tag = randomBytes(5).toString("hex");
  const user = { email: `sample-${tag}@example.com`, password: `sample password ${tag}`, username: `sample-${tag}`, name: `Sample ${tag}` };
  const address = `10.${[...randomBytes(3)].join(".")}`;
  const jar = new CookieJar();
  const send = async (method: string, path: string, body?: object, form?: Record<string, string>) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        cookie: jar.header(),
        "X-Forwarded-For": address,
        ...(form ? { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" } : {}),
        ...(body ? { "Content-Type": "application/json" } : {}),
      },
      body: form ? new URLSearchParams(form) : body ? JSON.stringify(body) : undefined,
      redirect: "manual",
    });
    jar.take(response);
    return response;
  };

  await expectStatus(await send("POST", "/api/auth/signup", user), 201, "sign-up");
  const { csrfToken } = (await (await expectStatus(await send("GET", "/api/auth/csrf"), 200, "csrf")).json()) as { csrfToken: string };
  const signedIn = await expectStatus(
    await send("POST", "/api/auth/callback/credentials", undefined, { email: user.email, password: user.password, csrfToken }),
    200,
    "sign-in",
  );
  if (((await signedIn.json()) as { url: string }).url.includes("error=")) throw new Error("sign-in was refused");

  const seedSlugs = new Set((await loadSeedPapers()).map((paper) => paper.slug));
  const listed = (await (await expectStatus(await send("GET", "/api/papers?sort=new&limit=100"), 200, "papers")).json()) as {
    papers: { id: string; slug: string }[];
  };
  const papers = listed.papers.filter((paper) => seedSlugs.has(paper.slug)).slice(0, COLLECTION_SIZE);
  const created = await expectStatus(
    await send("POST", "/api/me/collections", {
      title: "Efficient inference reading list",
      description: "Papers on making models faster and smaller, collected for a reading group.",
      visibility: "PUBLIC",
    }),
    201,
    "create collection",
  );
  const { collection } = (await created.json()) as { collection: { id: string } };
  for (const paper of papers) {
    await expectStatus(await send("PUT", `/api/me/collections/${collection.id}/items/${paper.id}`), 200, "add paper");
  }
  const shared = await expectStatus(await send("POST", `/api/me/collections/${collection.id}/share`, {}), 200, "share");
  const { sharePath } = (await shared.json()) as { sharePath: string };
  return { sharePath, profilePath: `/u/${user.username}` };
}
