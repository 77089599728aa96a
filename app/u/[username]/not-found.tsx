import Link from "next/link";

export default function ProfileNotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">Profile not found</h1>
      <p className="meta mt-2">Nobody has this username. Check the spelling, or start again from the feed.</p>
      <Link prefetch={false} href="/" className="btn-primary mt-6">
        Back to the feed
      </Link>
    </div>
  );
}
