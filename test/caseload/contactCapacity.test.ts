import { describe, expect, it } from 'vitest';
import { contactCapacity } from '../../src/caseload/index.js';

describe('contactCapacity', () => {
  it('gives 1,500–3,000 contacts a year for one WTE at 6–12 contacts', () => {
    const capacity = contactCapacity({ wte: 1 });
    expect(capacity.contactsPerYear).toEqual({ min: 1500, max: 3000 });
    expect(capacity.workingDaysPerYear).toBe(252);
  });

  it('subtracts annual leave from working days', () => {
    const capacity = contactCapacity({ wte: 7.5, leaveDaysPerYear: 27, contactsPerPerson: 8 });
    expect(capacity.workingDaysPerYear).toBe(225);
    expect(capacity.peoplePerYear).toEqual({ min: 1875, max: 1875 });
    expect(capacity.contactsPerYear).toEqual({ min: 15_000, max: 15_000 });
    expect(capacity.contactsPerWorkerPerDay).toEqual({ min: 8.9, max: 8.9 });
  });

  it('takes ranges for every uncertain input', () => {
    const capacity = contactCapacity({ wte: { min: 2, max: 3 }, peoplePerWorkerPerYear: { min: 200, max: 250 }, workingDaysPerYear: 250 });
    expect(capacity.peoplePerYear).toEqual({ min: 400, max: 750 });
    expect(capacity.contactsPerYear).toEqual({ min: 2400, max: 9000 });
  });

  it.each([
    [{ wte: -1 }, 'caseload/invalid-wte'],
    [{ wte: 1, contactsPerPerson: -6 }, 'caseload/invalid-contacts'],
    [{ wte: 1, workingDaysPerYear: 0 }, 'caseload/invalid-working-days'],
    [{ wte: 1, workingDaysPerYear: 400 }, 'caseload/invalid-working-days'],
    [{ wte: 1, leaveDaysPerYear: -2 }, 'caseload/invalid-leave-days'],
    [{ wte: 1, leaveDaysPerYear: 252 }, 'caseload/invalid-leave-days'],
    // One working day a year is allowed; one day of leave then takes all of it.
    [{ wte: 1, workingDaysPerYear: 1, leaveDaysPerYear: 1 }, 'caseload/invalid-leave-days'],
    [{ wte: 1, peoplePerWorkerPerYear: 0 }, 'caseload/invalid-people-per-worker'],
  ])('rejects %j with %s', (options, code) => {
    expect(() => contactCapacity(options as never)).toThrow(expect.objectContaining({ code }));
  });
});
