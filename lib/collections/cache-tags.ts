/**
 * Data-cache tag of everything public that collections show on cached pages: "in N collections"
 * on paper pages and the public collections on profiles. Only writes that touch a public
 * collection revalidate it, so saving to a private list never re-renders public pages.
 */
export const PUBLIC_COLLECTIONS_TAG = "public-collections";
