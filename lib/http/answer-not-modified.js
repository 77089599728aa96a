// Conditional requests to cached pages, answered where Next no longer does: with generateEtags
// off (next.config.js), Next neither hashes a page nor compares If-None-Match, and a cached
// page's ETag comes from its stored headers (lib/cache/store-etag.js). scripts/serve.mjs calls
// this for the few requests that need it, so an unconditional hit pays nothing.
import fresh from "fresh";

// The stored ETag names the render, and one render answers both the HTML and the router's RSC
// payload (Vary: rsc). Two representations must not share an ETag, so the RSC one goes without.
const isRscRequest = (request) => request.headers.rsc !== undefined;

/** Whether `answerNotModified` has anything to do for this request. */
export function needsConditionalAnswer(request) {
  return (
    (request.method === "GET" || request.method === "HEAD") && (request.headers["if-none-match"] !== undefined || isRscRequest(request))
  );
}

/**
 * Makes the response a 304 without a body when it would be a 200 whose ETag the client already
 * holds (If-None-Match, by `fresh`'s rules: weak comparison, `*`, and a client's no-cache asks
 * for the whole answer). Node sends no body with a 304, whatever is written after.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 */
export function answerNotModified(request, response) {
  const writeHead = response.writeHead;
  response.writeHead = function writeConditionalHead(statusCode, ...rest) {
    if (isRscRequest(request)) this.removeHeader("etag");
    else if (statusCode === 200 && fresh(request.headers, { etag: this.getHeader("etag") })) {
      for (const name of ["content-length", "content-type", "content-encoding"]) this.removeHeader(name);
      statusCode = 304;
    }
    return writeHead.call(this, statusCode, ...rest);
  };
}
