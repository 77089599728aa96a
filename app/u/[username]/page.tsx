import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PaperList } from "@/components/papers/paper-list";
import { ProfileCollections } from "@/components/collections/profile-collections";
import { formatDate, pluralize } from "@/lib/format";
import { getPublicProfile, PROFILE_UPVOTES_LIMIT } from "@/lib/users/get-public-profile";
import { usernameSchema } from "@/lib/validations/username";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

async function load(params: PageProps<"/u/[username]">["params"]) {
  let raw: string;
  try {
    raw = decodeURIComponent((await params).username);
  } catch {
    return null;
  }
  // Usernames are stored lower-case; anything the schema rejects cannot be one.
  const username = usernameSchema.safeParse(raw);
  return username.success && username.data === raw ? getPublicProfile(username.data) : null;
}

export async function generateMetadata({ params }: PageProps<"/u/[username]">): Promise<Metadata> {
  const profile = await load(params);
  if (!profile) return { title: "Profile not found" };
  return { title: `${profile.name} (@${profile.username})`, description: `Papers upvoted by ${profile.name} on Papershelf.` };
}

export default async function ProfilePage({ params }: PageProps<"/u/[username]">) {
  const profile = await load(params);
  if (!profile) notFound();
  return (
    <>
      <header className="mb-6 flex items-center gap-4">
        <span
          aria-hidden="true"
          className="grid h-14 w-14 shrink-0 place-items-center rounded-full bg-accent-100 text-2xl font-semibold text-accent-900 uppercase dark:bg-accent-900 dark:text-accent-100"
        >
          {Array.from(profile.name)[0]}
        </span>
        <div className="min-w-0">
          <h1 className="truncate text-2xl font-bold tracking-tight">{profile.name}</h1>
          <p className="meta text-sm">
            @{profile.username} · Joined <time dateTime={profile.joinedAt.slice(0, 10)}>{formatDate(profile.joinedAt)}</time>
          </p>
        </div>
      </header>
      <section aria-labelledby="upvoted-heading">
        <h2 id="upvoted-heading" className="mb-2 text-lg font-semibold">
          Upvoted papers{" "}
          <span className="meta text-sm font-normal">
            ({pluralize(profile.upvoted.length, "paper")}
            {profile.upvoted.length === PROFILE_UPVOTES_LIMIT ? ", the latest" : ""})
          </span>
        </h2>
        <PaperList papers={profile.upvoted} empty={`${profile.name} has not upvoted any papers yet.`} />
      </section>
      <ProfileCollections username={profile.username} name={profile.name} />
    </>
  );
}
