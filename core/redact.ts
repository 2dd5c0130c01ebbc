/**
 * PII redaction, applied before anything leaves the laptop (store/sync-client.ts) when the
 * `redactPii` setting is on. Pure: no I/O, no clock.
 *
 *   redactPii(text) -> text with emails, card numbers and phone numbers replaced by
 *                      '[email]', '[card]' and '[phone]'
 *
 * Cards: 13-19 digits (spaces or dashes allowed between digits) that pass the Luhn check.
 * Phones: international (+CC ...), North American ((555) 123-4567, 555.123.4567, 5551234567,
 * +1 555 123 4567) and national numbers with a trunk 0 (020 7946 0958, 07700 900123).
 * Not redacted (hard negatives): times, dates, prices and amounts, percentages, version
 * numbers, and numbers introduced as an order / invoice / ticket / reference number.
 * Spoken-out emails ("john at acme dot com") are not recognised: too close to ordinary speech.
 */

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const CARD = /(?<![\d.,])\d(?:[ -]?\d){12,18}(?![\d.,]\d)/g;
const PHONE = new RegExp(
  [
    String.raw`\+\d{1,3}(?:[ .-]?\(?\d{1,8}\)?){1,5}`, // international
    String.raw`(?:\b1[ .-]?)?(?:\([2-9]\d{2}\)|\b[2-9]\d{2})[ .-]?\d{3}[ .-]?\d{4}\b`, // North American
    String.raw`\b0\d{2,4}[ .-]?\d{3,4}[ .-]?\d{3,4}\b`, // national, trunk 0
  ].join('|'),
  'g',
);

const REFERENCE_BEFORE =
  /\b(?:order|invoice|ticket|case|ref|reference|tracking|confirmation|account|po|sku|serial|id|booking|quote)(?:\s*(?:number|no\.?|num|#|id))?(?:\s+(?:is|was))?[\s:#.]*$/i;
const CURRENCY_BEFORE = /[$€£¥]\s*$|\b(?:usd|eur|gbp)\s*$/i;
const AMOUNT_AFTER = /^\s*(?:%|percent|k\b|m\b|dollars|euros|pounds|usd|eur|gbp)/i;

const digitsOf = (s: string) => s.replace(/\D/g, '');

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** A number the words around it mark as something other than a person's contact detail. */
function isNotPersonal(text: string, index: number, match: string): boolean {
  const before = text.slice(Math.max(0, index - 32), index);
  const after = text.slice(index + match.length, index + match.length + 12);
  return REFERENCE_BEFORE.test(before) || CURRENCY_BEFORE.test(before) || AMOUNT_AFTER.test(after);
}

function looksLikePhone(text: string, index: number, match: string): boolean {
  const digits = digitsOf(match);
  if (digits.length < 8 || digits.length > 15) return false;
  if (/^\d{1,4}([./-])\d{1,2}\1\d{1,4}$/.test(match)) return false; // a date
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(match)) return false; // thousands separators
  if (/[:]/.test(text.slice(index + match.length, index + match.length + 1))) return false; // part of a time
  return !isNotPersonal(text, index, match);
}

export function redactPii(text: string): string {
  return text
    .replace(EMAIL, '[email]')
    .replace(CARD, (m) => (luhnValid(digitsOf(m)) ? '[card]' : m))
    .replace(PHONE, (m, index: number, whole: string) => (looksLikePhone(whole, index, m) ? '[phone]' : m));
}
