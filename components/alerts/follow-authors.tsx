import { FollowButton } from "@/components/alerts/follow-button";

/** Most papers' author lists are short; a consortium paper's hundreds are not worth a button each. */
const MAX_AUTHORS = 12;

/**
 * "Follow an author" on a paper's page: a disclosure, so the page stays quiet until asked; each
 * author's button follows that name (new papers by them go to the inbox).
 */
export function FollowAuthors({ authors }: { authors: string[] }) {
  if (authors.length === 0) return null;
  return (
    <details className="mt-2 text-sm">
      <summary className="meta cursor-pointer">Follow an author</summary>
      <ul className="mt-2 flex flex-wrap gap-2">
        {authors.slice(0, MAX_AUTHORS).map((name) => (
          <li key={name}>
            <FollowButton target={{ kind: "author", name }} label={`Follow ${name}`} followingLabel={`Following ${name}`} />
          </li>
        ))}
      </ul>
    </details>
  );
}
