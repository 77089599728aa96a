/** A problem the person importing can act on: its message is shown as is, by the CLI and the API. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}
