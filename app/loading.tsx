import { PaperListSkeleton } from "@/components/paper-list-skeleton";

export default function Loading() {
  return <PaperListSkeleton />;
}
