import { PaperCard } from "@/components/papers/paper-card";
import type { PaperSummary } from "@/lib/api/papers-schemas";

export function PaperList({ papers, empty }: { papers: PaperSummary[]; empty: React.ReactNode }) {
  if (papers.length === 0) {
    return <div className="empty-state text-center">{empty}</div>;
  }
  return (
    <div data-testid="paper-list">
      {/* Keyed by place, not id: the list never reorders in the browser, and thirty ids as keys
          would be 750 bytes more in every cached list page's React payload. */}
      {papers.map((paper, index) => (
        <PaperCard key={index} paper={paper} />
      ))}
    </div>
  );
}
