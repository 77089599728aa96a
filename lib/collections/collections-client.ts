// Browser-side calls to the collection API. Each throws an Error whose message can be shown as is.
import type { CollectionWithItems, MyCollection, OwnedCollection } from "@/lib/api/collections-schemas";
import type { CollectionVisibility } from "@/lib/validations/collection";

export const myCollectionsKey = (paperId?: string) => ["my-collections", paperId ?? null] as const;
export const collectionKey = (id: string) => ["collection", id] as const;

async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      cache: "no-store",
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new Error("Could not reach the server. Check your connection and try again.");
  }
  const answer = (await response.json().catch(() => null)) as (T & { error?: string }) | null;
  if (response.status === 401) throw new Error("Your session has ended. Sign in again.");
  if (!response.ok || answer === null) throw new Error(answer?.error ?? `Something went wrong (HTTP ${response.status}).`);
  return answer;
}

const item = (collectionId: string, paperId: string) =>
  `/api/me/collections/${encodeURIComponent(collectionId)}/items/${encodeURIComponent(paperId)}`;

export const collectionsApi = {
  list: (paperId?: string) =>
    call<{ collections: MyCollection[] }>("GET", `/api/me/collections${paperId ? `?paperId=${encodeURIComponent(paperId)}` : ""}`).then(
      (r) => r.collections,
    ),
  get: (id: string) =>
    call<{ collection: CollectionWithItems<OwnedCollection> }>("GET", `/api/me/collections/${encodeURIComponent(id)}`).then(
      (r) => r.collection,
    ),
  create: (input: { title: string; description?: string; visibility?: CollectionVisibility; paperId?: string }) =>
    call<{ collection: OwnedCollection }>("POST", "/api/me/collections", input).then((r) => r.collection),
  update: (id: string, input: { title?: string; description?: string; visibility?: CollectionVisibility }) =>
    call<{ collection: OwnedCollection }>("PATCH", `/api/me/collections/${encodeURIComponent(id)}`, input).then((r) => r.collection),
  remove: (id: string) => call<{ deleted: true }>("DELETE", `/api/me/collections/${encodeURIComponent(id)}`),
  addItem: (id: string, paperId: string) => call<{ added: boolean }>("PUT", item(id, paperId)),
  removeItem: (id: string, paperId: string) => call<{ removed: boolean }>("DELETE", item(id, paperId)),
  setNote: (id: string, paperId: string, note: string) => call<{ note: string }>("PATCH", item(id, paperId), { note }),
  move: (id: string, paperId: string, after: string | null) => call<{ moved: boolean }>("PATCH", item(id, paperId), { after }),
  share: (id: string, regenerate = false) =>
    call<{ collection: OwnedCollection; sharePath: string }>("POST", `/api/me/collections/${encodeURIComponent(id)}/share`, {
      regenerate,
    }).then((r) => r.collection),
  stopSharing: (id: string) =>
    call<{ collection: OwnedCollection }>("DELETE", `/api/me/collections/${encodeURIComponent(id)}/share`).then((r) => r.collection),
  copy: (source: { token: string } | { collectionId: string }) =>
    call<{ collection: OwnedCollection }>("POST", "/api/me/collections/copies", source).then((r) => r.collection),
  save: (paperId: string) => call<{ saved: true; collectionId: string; added: boolean }>("POST", "/api/me/saves", { paperId }),
  unsave: (paperId: string) =>
    call<{ saved: false; removedFrom: { id: string; title: string }[] }>("DELETE", `/api/me/saves/${encodeURIComponent(paperId)}`),
};
