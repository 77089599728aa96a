import type { Metadata } from "next";
import { PeriodView } from "@/components/papers/period-view";
import { parsePeriod } from "@/lib/periods";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/papers/month/[month]">): Promise<Metadata> {
  const period = parsePeriod("month", (await params).month);
  return { title: period ? `Papers of ${period.label}` : "Not found" };
}

export default async function PapersMonthPage({ params }: PageProps<"/papers/month/[month]">) {
  return <PeriodView kind="month" slug={(await params).month} />;
}
