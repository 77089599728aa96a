import type { Metadata } from "next";
import { SubmitPaperForm } from "@/components/papers/submit-paper-form";
import { requirePageUser } from "@/lib/auth/get-session-user";

export const metadata: Metadata = { title: "Submit a paper", robots: { index: false } };

export default async function SubmitPage() {
  await requirePageUser("/submit");
  return (
    <div className="mx-auto max-w-xl py-6">
      <h1 className="text-2xl font-bold tracking-tight">Submit a paper</h1>
      <p className="meta mt-1 mb-6 text-sm">
        Paste an arXiv id or link. Papershelf fetches the title, authors, abstract and categories from arXiv and credits you as the
        submitter. A paper that is already here is refreshed, never duplicated.
      </p>
      <SubmitPaperForm />
    </div>
  );
}
