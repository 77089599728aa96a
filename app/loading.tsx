import { PaperListSkeleton } from "@/components/papers/paper-list-skeleton";

export default function Loading() {
  return (
    <>
      {/* Someone who lands here while the page loads still hears where they are. */}
      <h1 className="sr-only">Loading…</h1>
      <PaperListSkeleton />
    </>
  );
}
