/**
 * The secret half of a redacted report: how this report's amounts, codes and ids were replaced.
 * It lives only in memory while the report is built (and in tests); it is never written into the
 * file, so the file alone does not give the real values back.
 *
 * Amounts are redacted digit by digit through one permutation of 1–9 (0 stays 0, so a zero stays
 * zero, a round amount stays round and a leading digit never becomes 0). Pages split an amount
 * across nodes ("1,234." + "50", "RM" / "1,234" / ".50"), and the reader pads values ("1.500.000"
 * read as "1500000.00"); a digit-wise map gives the same result however the digits were split or
 * padded, so the reading of a report equals the original reading redacted with the same map.
 * The price: repeated digits stay repeated. It hides amounts from a casual reader of the file, not
 * from analysis across many reports; each report draws a new permutation.
 */
export const FAKE_ACCOUNT_ID = '7000000000000000001';
export const FAKE_ORG_ID = '7000000000000000002';

/** Digit blocks amounts are written in: ASCII, Arabic-Indic, Extended Arabic-Indic, fullwidth. */
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0xff10] as const;

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fnv1a(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

export interface RedactionCounts {
  amounts: number;
  accountIds: number;
  emails: number;
  phones: number;
  cards: number;
  taxIds: number;
  names: number;
  addresses: number;
  codes: number;
}

export class RedactionMap {
  private readonly digits: string[];
  private readonly codes = new Map<string, string>();
  /** Ids to replace wherever they appear, to the fake id that stands for them. */
  readonly ids = new Map<string, string>();
  /** Names and addresses found beside their labels, replaced wherever else they appear too. */
  readonly people = new Map<string, string>();
  readonly counts: RedactionCounts = { amounts: 0, accountIds: 0, emails: 0, phones: 0, cards: 0, taxIds: 0, names: 0, addresses: 0, codes: 0 };

  constructor(private readonly seed: number = crypto.getRandomValues(new Uint32Array(1))[0]!) {
    const random = mulberry32(seed);
    const rest = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
    for (let i = rest.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [rest[i], rest[j]] = [rest[j]!, rest[i]!];
    }
    this.digits = ['0', ...rest];
  }

  /** Every digit of `text` through the permutation, each in its own script. */
  digitsOf(text: string): string {
    return text.replace(/[0-9\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (digit) => {
      const code = digit.charCodeAt(0);
      const zero = DIGIT_ZEROS.find((base) => code >= base && code <= base + 9)!;
      return String.fromCharCode(zero + Number(this.digits[code - zero]));
    });
  }

  /** A decimal value of the reading, mapped as its digits on the page were. */
  amount<T extends string | null>(value: T): T {
    return (value === null ? null : this.digitsOf(value)) as T;
  }

  /** The fake id for a real account or organisation id (fixed, so reports compare with each other). */
  addId(id: string | null, fake: string): void {
    if (id && id.length >= 6 && !this.ids.has(id)) this.ids.set(id, fake);
  }

  /** A promo code of the same shape (letters stay letters in their case, digits digits, the rest as is). */
  code(code: string): string {
    let same = this.codes.get(code);
    if (same === undefined) {
      const random = mulberry32(fnv1a(code, this.seed));
      same = code.replace(/[A-Za-z0-9]/g, (char) => {
        const pick = (alphabet: string) => alphabet[Math.floor(random() * alphabet.length)]!;
        return /\d/.test(char) ? pick('0123456789') : /[a-z]/.test(char) ? pick('abcdefghjkmnpqrstuvwxyz') : pick('ABCDEFGHJKMNPQRSTUVWXYZ');
      });
      this.codes.set(code, same);
    }
    return same;
  }
}
