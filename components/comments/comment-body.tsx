import type { HTMLAttributes } from "react";

type Props = Omit<HTMLAttributes<HTMLDivElement>, "dangerouslySetInnerHTML" | "children" | "dir"> & {
  /**
   * Only ever `renderComment`'s output (lib/comments/render-comment.ts): markdown-it with raw HTML
   * escaped, KaTeX's MathML, then sanitize-html's allow-list; stored as bodyHtml when written, or a
   * preview's answer. Never a comment's source text.
   */
  html: string;
};

/**
 * A comment's rendered text: the one place a comment's HTML reaches the page, in its own
 * `dir="auto"` box so its text direction cannot leak into the page around it.
 */
export function CommentBody({ html, className, ...rest }: Props) {
  return <div {...rest} className={`comment-body ${className ?? ""}`.trim()} dir="auto" dangerouslySetInnerHTML={{ __html: html }} />;
}
