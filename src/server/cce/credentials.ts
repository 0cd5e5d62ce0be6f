import { inspect } from 'node:util';

const REDACTED = '[redacted]';

/**
 * AK/SK held so that no accidental serialisation can print them: JSON.stringify, util.inspect,
 * template strings and pino all see "[redacted]". Only the signer reads the secret, through `secret()`.
 */
export class Credentials {
  readonly #ak: string;
  readonly #sk: string;

  constructor(ak: string, sk: string) {
    this.#ak = ak;
    this.#sk = sk;
  }

  /** The access key id goes on the wire in every Authorization header, so it is not secret, just private. */
  accessKey(): string {
    return this.#ak;
  }

  secret(): string {
    return this.#sk;
  }

  toJSON(): string {
    return REDACTED;
  }

  toString(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return REDACTED;
  }
}
