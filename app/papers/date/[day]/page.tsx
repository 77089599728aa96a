import type { Metadata } from "next";
import { PeriodView } from "@/components/papers/period-view";
import { parsePeriod } from "@/lib/periods";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/papers/date/[day]">): Promise<Metadata> {
  const period = parsePeriod("date", (await params).day);
  return { title: period ? `Papers of ${period.label}` : "Not found" };
}

export default async function PapersDatePage({ params }: PageProps<"/papers/date/[day]">) {
  return <PeriodView kind="date" slug={(await params).day} />;
}
