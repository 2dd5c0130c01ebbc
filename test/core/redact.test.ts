import { describe, expect, it } from 'vitest';
import { luhnValid, redactPii } from '../../core/redact.ts';

describe('redactPii', () => {
  it.each([
    ['mail me at jane.doe+deals@acme-corp.co.uk today', 'mail me at [email] today'],
    ['send it to BOB_SMITH@example.com.', 'send it to [email].'],
  ])('redacts emails: %s', (input, expected) => {
    expect(redactPii(input)).toBe(expected);
  });

  it.each([
    ['call me on (415) 555-0132 tomorrow', 'call me on [phone] tomorrow'],
    ['my cell is 415-555-0132', 'my cell is [phone]'],
    ['reach me at 415.555.0132 or', 'reach me at [phone] or'],
    ['the number is 4155550132', 'the number is [phone]'],
    ['dial +1 415 555 0132 please', 'dial [phone] please'],
    ['the office is +44 20 7946 0958', 'the office is [phone]'],
    ['Berlin: +49 30 12345678.', 'Berlin: [phone].'],
    ['my mobile 07700 900123', 'my mobile [phone]'],
    ['London 020 7946 0958', 'London [phone]'],
  ])('redacts phone numbers: %s', (input, expected) => {
    expect(redactPii(input)).toBe(expected);
  });

  it.each([
    ['card 4111 1111 1111 1111 exp 12/27', 'card [card] exp 12/27'],
    ['it is 5500-0000-0000-0004', 'it is [card]'],
    ['amex 378282246310005 ok', 'amex [card] ok'],
  ])('redacts Luhn-valid card numbers: %s', (input, expected) => {
    expect(redactPii(input)).toBe(expected);
  });

  it.each([
    // times
    'let us meet at 10:30 or 14:45:00 on Tuesday',
    'the call is at 9.30am',
    // dates
    'we start on 2024-01-15 and renew 01/15/2025 or 15.01.2025',
    'the contract runs 2023-2024 then 2025 2026',
    // prices and amounts
    'it costs $1,299.99 per seat, or 12.500.000 EUR for the enterprise tier',
    'budget is $4155550132 total',
    'we saw 4155550132 dollars of pipeline',
    'a 30% discount on 1 000 000 rows',
    // order, invoice and ticket numbers
    'your order number is 4829301847',
    'invoice #2024011500123 is overdue',
    'ticket 020 7946 0958 was closed',
    'reference: 415-555-0132',
    // a 16-digit number failing the Luhn check
    'shipment 4111 1111 1111 1112 arrived',
    // versions, ip addresses, plain counts
    'we run version 10.2.3 on 192.168.1.10 with 250 users',
  ])('leaves ordinary numbers alone: %s', (input) => {
    expect(redactPii(input)).toBe(input);
  });

  it('redacts several items in one utterance and keeps the rest of the words', () => {
    expect(redactPii('Email jo@x.io, call 415 555 0132, pay with 4242424242424242 at 3:15')).toBe(
      'Email [email], call [phone], pay with [card] at 3:15',
    );
  });
});

describe('luhnValid', () => {
  it('accepts valid and rejects altered numbers', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });
});
