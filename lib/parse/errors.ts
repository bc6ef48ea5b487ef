/** A file that cannot be read as an article. The message names the problem only, on one line; the caller prefixes the file name. */
export class ParseError extends Error {
  constructor(message: string) {
    super(message.replace(/\s*\n\s*/g, " "));
    this.name = "ParseError";
  }
}
