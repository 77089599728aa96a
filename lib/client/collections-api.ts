// The collection API, as the browser calls it. Every answer is typed by the server's own response
// schema (lib/api/collections-schemas.ts), so a field renamed there fails to compile here.
import type {
  AddItemResponse,
  CollectionItemView,
  CollectionResponse,
  DeleteCollectionResponse,
  MyCollection,
  MyCollectionsResponse,
  OwnedCollection,
  OwnedCollectionResponse,
  RemoveItemResponse,
  SaveResponse,
  ShareCollectionResponse,
  UnsaveResponse,
  UpdateItemResponse,
} from "@/lib/api/collections-schemas";
import { fetchJson } from "@/lib/client/fetch-json";
import type { CollectionVisibility } from "@/lib/validations/collection";

export type { CollectionItemView, MyCollection, OwnedCollection };
/** A collection as its owner edits it. */
export type OwnedCollectionWithItems = CollectionResponse["collection"];
export type CopySource = { token: string } | { collectionId: string };

const collection = (id: string) => `/api/me/collections/${encodeURIComponent(id)}`;
const item = (id: string, paperId: string) => `${collection(id)}/items/${encodeURIComponent(paperId)}`;

export const collectionsApi = {
  list: (paperId?: string) =>
    fetchJson<MyCollectionsResponse>(`/api/me/collections${paperId ? `?paperId=${encodeURIComponent(paperId)}` : ""}`).then(
      (r) => r.collections,
    ),
  get: (id: string) => fetchJson<CollectionResponse>(collection(id)).then((r) => r.collection),
  create: (body: { title: string; description?: string; visibility?: CollectionVisibility; paperId?: string }) =>
    fetchJson<OwnedCollectionResponse>("/api/me/collections", { method: "POST", body }).then((r) => r.collection),
  update: (id: string, body: { title?: string; description?: string; visibility?: CollectionVisibility }) =>
    fetchJson<OwnedCollectionResponse>(collection(id), { method: "PATCH", body }).then((r) => r.collection),
  remove: (id: string) => fetchJson<DeleteCollectionResponse>(collection(id), { method: "DELETE" }),
  addItem: (id: string, paperId: string) => fetchJson<AddItemResponse>(item(id, paperId), { method: "PUT" }),
  removeItem: (id: string, paperId: string) => fetchJson<RemoveItemResponse>(item(id, paperId), { method: "DELETE" }),
  setNote: (id: string, paperId: string, note: string) =>
    fetchJson<UpdateItemResponse>(item(id, paperId), { method: "PATCH", body: { note } }),
  move: (id: string, paperId: string, after: string | null) =>
    fetchJson<UpdateItemResponse>(item(id, paperId), { method: "PATCH", body: { after } }),
  share: (id: string, regenerate = false) =>
    fetchJson<ShareCollectionResponse>(`${collection(id)}/share`, { method: "POST", body: { regenerate } }).then((r) => r.collection),
  stopSharing: (id: string) =>
    fetchJson<OwnedCollectionResponse>(`${collection(id)}/share`, { method: "DELETE" }).then((r) => r.collection),
  copy: (source: CopySource) =>
    fetchJson<OwnedCollectionResponse>("/api/me/collections/copies", { method: "POST", body: source }).then((r) => r.collection),
  /** The Save button: into the Reading list, made on first use. */
  save: (paperId: string) => fetchJson<SaveResponse>("/api/me/saves", { method: "POST", body: { paperId } }),
  /** Out of every collection of mine. */
  unsave: (paperId: string) =>
    fetchJson<UnsaveResponse>(`/api/me/saves/${encodeURIComponent(paperId)}`, {
      method: "DELETE",
    }),
};
