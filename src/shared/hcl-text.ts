// Writing HCL (Terraform's native syntax) from values we do not control: cluster names, risk reasons and add-on values
// come from people and from CCE, so every one of them is escaped here and nowhere else.

const stringEscapes: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const hex4 = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * A quoted HCL string whose value is exactly `value`. Quoted strings are templates in HCL, so `${` and `%{` are written
 * as their escapes `$${` and `%%{`: a JSON text holding either must reach the provider as written, never interpolated.
 */
export function hclString(value: string): string {
  const body = value
    .replace(/["\\\n\r\t]/g, (char) => stringEscapes[char]!)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
    .replace(/[\u0000-\u001f\u007f]/g, hex4)
    .replace(/([$%])\{/g, '$1$1{');
  return `"${body}"`;
}

/**
 * A JSON text for a string argument the provider json.Unmarshals. HCL normalizes every string literal to Unicode NFC
 * (escapes included), which would change some text; written as JSON escapes, non-ASCII text reaches Go unchanged.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, hex4);
}

/** Whether HCL's NFC normalization leaves a plain (non-JSON) string as it is. */
export const survivesHcl = (value: string) => value.normalize('NFC') === value;

/**
 * A line safe inside a `#` comment: line breaks and other controls would end the comment and start code, and
 * bidirectional overrides or Unicode line separators can make a line read differently from what it is; all are escaped.
 */
export function commentLine(line: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  return line.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, hex4);
}

/** Free text (a name, a reason) in a comment: quoted as JSON, so a reader sees exactly where it starts and ends. */
export function commentText(text: string): string {
  return commentLine(JSON.stringify(text));
}

/** A resource label (an HCL identifier) from a name: letters, digits, `_` and `-`, starting with a letter or `_`. */
export function hclIdentifier(name: string): string {
  const label = name.replace(/[^A-Za-z0-9_-]/g, '_');
  return /^[A-Za-z_]/.test(label) ? label : `_${label}`;
}

/** `key = value` lines with the `=` signs aligned, as `terraform fmt` writes consecutive attributes. */
export function attributeLines(indent: string, pairs: ReadonlyArray<readonly [key: string, value: string, comment?: string]>): string[] {
  const width = Math.max(0, ...pairs.map(([key]) => key.length));
  return pairs.map(([key, value, comment]) => `${indent}${key.padEnd(width)} = ${value}${comment === undefined ? '' : ` # ${comment}`}`);
}
