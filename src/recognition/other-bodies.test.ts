import { describe, expect, it } from 'vitest';
import { OtherBodies } from './other-bodies';

describe('OtherBodies', () => {
  it('gives a generic word to the last other body, until the entity is named unmistakably', () => {
    const bodies = new OtherBodies();
    expect(bodies.claimant(0, true, 5)).toBeUndefined();
    bodies.sawOther(0, 10);
    expect(bodies.claimant(0, true, 20)).toBe(10);
    expect(bodies.claimant(1, true, 20)).toBeUndefined();
    expect(bodies.claimant(0, false, 30)).toBeUndefined();
    expect(bodies.claimant(0, true, 40)).toBeUndefined();
    bodies.sawOther(0, 50);
    expect(bodies.claimant(0, true, 60)).toBe(50);
  });
  it('forgets everything on reset', () => {
    const bodies = new OtherBodies();
    bodies.sawOther(0, 10);
    bodies.reset();
    expect(bodies.claimant(0, true, 20)).toBeUndefined();
  });
  it('gives a generic word to another body named at the very start of the text', () => {
    // "Treasury Wine Estates shares fell. Treasury said …": the other body stands at position 0.
    const bodies = new OtherBodies();
    bodies.sawOther(0, 0);
    expect(bodies.claimant(0, true, 35)).toBe(0);
  });
  it('lets the entity’s own unmistakable name win over another body at the same place', () => {
    const bodies = new OtherBodies();
    bodies.sawOther(0, 10);
    expect(bodies.claimant(0, false, 10)).toBeUndefined();
    expect(bodies.claimant(0, true, 20)).toBeUndefined();
  });
});
