/** A run of plain text, exactly as written. */
export type TextSegment = { kind: "text"; text: string };
/** TeX math: `text` is the source as written, delimiters included; `tex` what lies between them. */
export type MathSegment = { kind: "math"; text: string; tex: string; display: boolean };
export type Segment = TextSegment | MathSegment;

const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);
const isDigit = (char: string | undefined) => char !== undefined && char >= "0" && char <= "9";

/**
 * Splits a title or abstract into plain text and the math in it, as arXiv authors write it:
 * `$…$` and `\(…\)` inline, `$$…$$` displayed. Joining the segments' `text` gives back the input.
 *
 * Dollars are also money, so `$` follows pandoc's rule (tex_math_dollars): the opening `$` must be
 * followed by a non-space, the closing one preceded by a non-space and not followed by a digit. So
 * "costs $5 and $10" stays text, while `M$^3$ViT` and `$2^n$` are math. One step stricter than
 * pandoc: a formula ends at the next `$`, and when that one cannot close it the first `$` is text,
 * so "$5 off: $x$" is a price and then a formula, not the formula "5 off: $x". A backslash escapes
 * the next character, outside math (`\$` is a dollar) and inside (`$a\$b$` is one formula).
 * Anything unmatched stays text. `\[…\]` is left alone: abstracts do not use it, and LaTeX's line
 * break `\\[2pt]` starts with it.
 *
 * Linear time: whether a `$$` or `\)` can close does not depend on where the search for it started,
 * so once a search finds none, later ones are not tried.
 */
export function splitMath(input: string): Segment[] {
  const segments: Segment[] = [];
  let textStart = 0;
  // Set when a search for a closing `$$` or `\)` reached the end: none will find one.
  const exhausted = { display: false, paren: false };

  const pushMath = (start: number, end: number, open: number, close: number, display: boolean) => {
    if (start > textStart) segments.push({ kind: "text", text: input.slice(textStart, start) });
    segments.push({ kind: "math", text: input.slice(start, end), tex: input.slice(start + open, end - close), display });
    textStart = end;
  };

  let i = 0;
  while (i < input.length) {
    const char = input[i];
    if (char === "\\") {
      if (input[i + 1] === "(" && !exhausted.paren) {
        const close = findClose(input, i + 2, (j) => input[j] === "\\" && input[j + 1] === ")");
        if (close === -1) exhausted.paren = true;
        else if (input.slice(i + 2, close).trim() !== "") {
          pushMath(i, close + 2, 2, 2, false);
          i = close + 2;
          continue;
        }
      }
      // An escaped character (\$ among them) is text.
      i += 2;
      continue;
    }
    if (char !== "$") {
      i += 1;
      continue;
    }
    if (input[i + 1] === "$") {
      const close = exhausted.display ? -1 : findClose(input, i + 2, (j) => input[j] === "$" && input[j + 1] === "$");
      if (close === -1) exhausted.display = true;
      if (close !== -1 && input.slice(i + 2, close).trim() !== "") {
        pushMath(i, close + 2, 2, 2, true);
        i = close + 2;
      } else {
        // "$$" that opens nothing is two dollars of text, not an empty formula and a dollar.
        i += 2;
      }
      continue;
    }
    if (i + 1 < input.length && !isSpace(input[i + 1])) {
      // Stops at the next `$`, so failed searches never overlap: linear without bookkeeping.
      const close = findClose(input, i + 1, (j) => input[j] === "$");
      if (close !== -1 && !isSpace(input[close - 1]) && !isDigit(input[close + 1])) {
        pushMath(i, close + 1, 1, 1, false);
        i = close + 1;
        continue;
      }
    }
    i += 1;
  }
  if (textStart < input.length) segments.push({ kind: "text", text: input.slice(textStart) });
  return segments;
}

/** The first position from `from` where `isClose` holds, skipping backslash-escaped characters; -1 if none. */
function findClose(input: string, from: number, isClose: (j: number) => boolean): number {
  for (let j = from; j < input.length; j++) {
    if (isClose(j)) return j;
    if (input[j] === "\\") j += 1;
  }
  return -1;
}
