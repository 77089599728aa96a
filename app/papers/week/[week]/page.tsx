import type { Metadata } from "next";
import { PeriodView } from "@/components/papers/period-view";
import { parsePeriod } from "@/lib/periods";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/papers/week/[week]">): Promise<Metadata> {
  const period = parsePeriod("week", (await params).week);
  return { title: period ? `Papers of ${period.label}` : "Not found" };
}

export default async function PapersWeekPage({ params }: PageProps<"/papers/week/[week]">) {
  return <PeriodView kind="week" slug={(await params).week} />;
}
