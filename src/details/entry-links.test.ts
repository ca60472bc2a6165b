import { describe, expect, it } from 'vitest';
import { eventDate } from './entry-links.ts';

describe('eventDate', () => {
  it('says a date no more precisely than the source', () => {
    expect(eventDate({ date: '2021-05-09', precision: 'day' })).toBe('9 May 2021');
    expect(eventDate({ date: '2021-05-09', precision: 'month' })).toBe('May 2021');
    expect(eventDate({ date: '2021-05', precision: 'year' })).toBe('2021');
  });
});
