/**
 * RFC 8288 links of a keyset-paged listing: rel="next" while there is a next page, rel="first"
 * once past the first. Relative, so they stay right behind any proxy; every other query parameter
 * (limit, filters) is kept. Null when there is neither, so no empty `Link` header is sent.
 */
export function pageLinks(url: URL, nextCursor: string | null): string | null {
  const link = (cursor: string | null, rel: string) => {
    const params = new URLSearchParams(url.searchParams);
    if (cursor) params.set("cursor", cursor);
    else params.delete("cursor");
    const query = params.toString();
    return `<${url.pathname}${query ? `?${query}` : ""}>; rel="${rel}"`;
  };
  const links = [nextCursor ? link(nextCursor, "next") : null, url.searchParams.has("cursor") ? link(null, "first") : null].filter(Boolean);
  return links.length > 0 ? links.join(", ") : null;
}
