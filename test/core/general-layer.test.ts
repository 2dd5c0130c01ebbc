/**
 * The general topic x stance layer (core/text/general-layer.ts): new wordings of an objection
 * fire without a phrase of their own; negated, defused, benefit and question forms do not.
 */
import { describe, expect, it } from 'vitest';
import { AUTHORITY, CHURN, PRICE, TIMING, generalLayer } from '../../core/text/general-layer.ts';

const price = generalLayer(PRICE);
const churn = generalLayer(CHURN);
const timing = generalLayer(TIMING);
const authority = generalLayer(AUTHORITY);

describe('general layer', () => {
  it('price: money x pushback', () => {
    expect(price('Two grand a month is a lot more than I was ready to hear.')).toBe(true);
    expect(price('The owners asked me to cut software costs by twenty percent.')).toBe(true);
    expect(price('Could you bring the price down a bit?')).toBe(true);
    expect(price('The price is not too high for us.')).toBe(false);
    expect(price('Pricing looks fair, honestly.')).toBe(false);
    expect(price("We'd save a lot more than that in overtime.")).toBe(false);
    expect(price('How much more would the enterprise plan cost?')).toBe(false);
  });

  it('churn: leave verbs x our contract or product', () => {
    expect(churn('My ops director wants us out of this contract by the end of the year.')).toBe(true);
    expect(churn("If things aren't fixed by summer, we'll probably switch.")).toBe(true);
    expect(churn("We're not going to cancel the subscription.")).toBe(false);
    expect(churn('We have no plans to leave you, the team loves it.')).toBe(false);
  });

  it('timing: defer verbs x a vague horizon, or no capacity now', () => {
    expect(timing("We're not going to make any changes until the new fiscal year.")).toBe(true);
    expect(timing('Nobody has time to learn a new system right now.')).toBe(true);
    expect(timing("Let's reconnect next Tuesday at ten.")).toBe(false);
    expect(timing('Nobody has time to listen to the recordings.')).toBe(false);
  });

  it('authority: an approver x a decision word', () => {
    expect(authority('Technology purchases go through our IT governance committee.')).toBe(true);
    expect(authority('At that price most of the owners will say no.')).toBe(true);
    expect(authority('Our CFO already approved the budget.')).toBe(false);
  });
});
