import Link from "next/link";
import { notFound } from "next/navigation";
import { PaperList } from "@/components/papers/paper-list";
import { HideReadToggle } from "@/components/reads/hide-read-toggle";
import { listPapersInPeriod, PERIOD_LIMIT } from "@/lib/papers/list-papers-in-period";
import { nextPeriod, parsePeriod, periodPath, previousPeriod, type PeriodKind } from "@/lib/periods";

const titles: Record<PeriodKind, string> = { date: "Daily Papers", week: "Weekly Papers", month: "Monthly Papers" };
const units: Record<PeriodKind, string> = { date: "day", week: "week", month: "month" };

export async function PeriodView({ kind, slug }: { kind: PeriodKind; slug: string }) {
  const period = parsePeriod(kind, slug);
  if (!period) notFound();
  const papers = await listPapersInPeriod(period.start.toISOString(), period.end.toISOString());
  const previous = previousPeriod(period);
  const next = nextPeriod(period);
  return (
    <>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">{titles[kind]}</h1>
          <p className="meta text-sm">{period.label} · most upvoted first</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <HideReadToggle />
          <nav aria-label={`Other ${units[kind]}s`} className="flex gap-2">
            <Link prefetch={false} href={periodPath(previous)} className="btn" rel="prev">
              <span aria-hidden="true">←</span> Previous {units[kind]}
            </Link>
            <Link prefetch={false} href={periodPath(next)} className="btn" rel="next">
              Next {units[kind]} <span aria-hidden="true">→</span>
            </Link>
          </nav>
        </div>
      </div>
      <PaperList papers={papers} empty={`No papers were listed on this ${units[kind]}.`} />
      {papers.length === PERIOD_LIMIT && (
        <p className="meta mt-4 text-sm">
          Showing the {PERIOD_LIMIT} most upvoted papers of this {units[kind]}.
        </p>
      )}
    </>
  );
}
