"use client";

import { useId, useState, useSyncExternalStore } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { OwnedCollection } from "@/lib/client/collections-api";

const noSubscription = () => () => {};

/** The share link of a collection: make one, copy it, replace it (after a confirmation), or stop sharing. */
export function ShareControls({
  collection,
  busy,
  onAction,
}: {
  collection: OwnedCollection;
  busy: boolean;
  onAction: (action: "share" | "regenerate" | "stop") => void;
}) {
  const id = useId();
  // The server does not know which address the visitor used; the browser does.
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  const [copied, setCopied] = useState(false);
  const [confirmRegenerate, setConfirmRegenerate] = useState(false);
  const url = collection.shareToken ? `${origin}/c/${collection.shareToken}` : null;

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-sm font-semibold">
        Share by link
      </h2>
      {url ? (
        <>
          <label htmlFor={`${id}-url`} className="meta mt-1 block text-xs">
            Anyone with this link can read the collection, signed in or not.
          </label>
          <div className="mt-2 flex gap-2">
            <input
              id={`${id}-url`}
              className="input min-w-0 flex-1 text-xs"
              readOnly
              value={url}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button
              type="button"
              className="btn px-2"
              onClick={() => {
                void navigator.clipboard?.writeText(url).then(() => setCopied(true));
                setTimeout(() => setCopied(false), 2000);
              }}
            >
              {copied ? "Copied" : "Copy"}
            </button>
          </div>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" className="btn text-xs" disabled={busy} onClick={() => setConfirmRegenerate(true)}>
              Regenerate link
            </button>
            <button type="button" className="btn text-xs" disabled={busy} onClick={() => onAction("stop")}>
              Stop sharing
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="meta mt-1 text-xs">
            {collection.visibility === "PUBLIC"
              ? "Public already; a link also works for people you send it to."
              : "Make a link that lets anyone read it, without signing in."}
          </p>
          <button type="button" className="btn mt-2" disabled={busy} onClick={() => onAction("share")}>
            Share
          </button>
        </>
      )}
      <p role="status" className="sr-only">
        {copied ? "Link copied" : ""}
      </p>
      <ConfirmDialog
        open={confirmRegenerate}
        title="Make a new link?"
        confirmLabel="Regenerate link"
        onConfirm={() => {
          setConfirmRegenerate(false);
          onAction("regenerate");
        }}
        onCancel={() => setConfirmRegenerate(false)}
      >
        <p>The current link stops working at once; anyone who has it will see “not found”.</p>
      </ConfirmDialog>
    </section>
  );
}
