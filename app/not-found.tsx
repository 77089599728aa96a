import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="meta mt-2">There is nothing at this address. Check the link, or start again from the feed.</p>
      <Link prefetch={false} href="/" className="btn-primary mt-6">
        Back to the feed
      </Link>
    </div>
  );
}
