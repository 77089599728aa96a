/** The id of a comment's element on the page: a form posted without script comes back to it. */
export function commentAnchor(commentId: string): string {
  return `comment-${commentId}`;
}
