import type { Metadata } from "next";
import { SECONDS_PER_DECADE_OF_VOTES } from "@/lib/ranking";

export const metadata: Metadata = { title: "About" };

export default function AboutPage() {
  return (
    <div className="mx-auto max-w-[70ch] space-y-4 leading-7">
      <h1 className="text-2xl font-bold tracking-tight">About Papershelf</h1>
      <p>
        Papershelf is a self-hostable place to follow and keep research papers: a daily feed of new papers, upvotes, search, personal
        collections and shareable reading lists.
      </p>
      <h2 id="trending" className="pt-2 text-xl font-semibold">
        How Trending works
      </h2>
      <p>Each paper has a score computed from its upvotes and the day it was listed:</p>
      <pre className="overflow-x-auto rounded-md bg-zinc-100 p-3 text-sm dark:bg-zinc-900">
        <code>score = log10(max(upvotes, 1)) + listed_at_in_seconds / {SECONDS_PER_DECADE_OF_VOTES}</code>
      </pre>
      <ul className="list-disc space-y-1 pl-6">
        <li>The first vote counts as much as the next nine: 10 upvotes add 1 point, 100 add 2.</li>
        <li>
          A paper listed 12.5 hours ({SECONDS_PER_DECADE_OF_VOTES.toLocaleString("en-US")} seconds) later starts one point higher, so new
          papers rise unless older ones have ten times the votes.
        </li>
        <li>
          The score never depends on the current time, so it is stored with the paper and changes only when its votes do. Sorting the feed
          is then a single index scan, however many papers there are.
        </li>
      </ul>
      <p>
        <strong>Top</strong> sorts by upvotes alone, <strong>New</strong> by the day a paper was listed.
      </p>
    </div>
  );
}
