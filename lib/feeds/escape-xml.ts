// Characters XML 1.0 forbids even when escaped (C0 controls but tab, newline and return;
// lone surrogates; U+FFFE/U+FFFF). An abstract pasted from a PDF can carry them, and one
// would make the whole feed unreadable to a strict parser.
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text for an XML element or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML_CHARS, "").replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}
