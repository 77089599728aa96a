"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { FormError, FormField } from "@/components/ui/form-field";
import { papersApi } from "@/lib/client/papers-api";
import { firstZodMessage } from "@/lib/http/first-zod-message";
import { importPaperSchema } from "@/lib/validations/import-paper";

export function SubmitPaperForm() {
  const [arxiv, setArxiv] = useState("");
  const [invalid, setInvalid] = useState<string | null>(null);
  const mutation = useMutation({ mutationFn: papersApi.import });

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = importPaperSchema.safeParse({ arxiv });
    if (!parsed.success) {
      setInvalid(firstZodMessage(parsed.error).replace(/^arxiv: /, ""));
      return;
    }
    setInvalid(null);
    mutation.mutate(parsed.data.arxiv);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormField
        id="arxiv"
        label="arXiv id or link"
        hint="For example 2310.06825, hep-th/9711200 or https://arxiv.org/abs/2310.06825"
        value={arxiv}
        onChange={(event) => setArxiv(event.target.value)}
        error={invalid ?? undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={300}
      />
      <FormError message={mutation.isError ? mutation.error.message : null} />
      <button type="submit" className="btn-primary" disabled={mutation.isPending}>
        {mutation.isPending ? "Fetching from arXiv…" : "Submit paper"}
      </button>
      <p role="status" className="text-sm">
        {mutation.isSuccess && (
          <>
            {mutation.data.status === "created" ? "Added" : "Already here, now up to date"}:{" "}
            <Link
              prefetch={false}
              href={`/papers/${mutation.data.slug}`}
              className="font-medium text-accent-700 underline dark:text-accent-300"
            >
              {mutation.data.title}
            </Link>
          </>
        )}
      </p>
    </form>
  );
}
