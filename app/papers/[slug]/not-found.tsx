import Link from "next/link";

export default function PaperNotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">Paper not found</h1>
      <p className="meta mt-2">No paper has this address. It may have been mistyped, or the link is old.</p>
      <Link prefetch={false} href="/" className="btn-primary mt-6">
        Back to the feed
      </Link>
    </div>
  );
}
