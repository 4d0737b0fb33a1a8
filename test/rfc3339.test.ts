/**
 * The one RFC 3339 check (src/rfc3339.ts) that the wire's normaliser and the conformance suite
 * share: what it accepts, what it refuses, and that it agrees with the schema's own validator.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import standalone from '../generated/validators/standalone.cjs';
import { isRfc3339, rfc3339Fields } from '../src/rfc3339.js';
import { normalizeTimestamp } from '../src/wire.js';

/**
 * Timestamps in every form the grammar has (a T, t or space; Z, z or a ±HH:MM offset), with the
 * date, second and offset fields just in and just out of range. Hour and minute stay in range:
 * past it, ajv-formats accepts a time an offset brings to 23:59 UTC (see below).
 */
const digits = (min: number, max: number, width: number) => fc.integer({ min, max }).map((n) => String(n).padStart(width, '0'));
const timestamps = fc
  .tuple(
    digits(0, 9999, 4),
    digits(0, 13, 2),
    digits(0, 32, 2),
    fc.constantFrom('T', 't', ' ', 'x'),
    digits(0, 23, 2),
    digits(0, 59, 2),
    digits(0, 61, 2),
    fc.constantFrom('', '.5', '.123456789', '.'),
    fc.constantFrom('Z', 'z', '', '+01:00', '-01:00', '-23:59', '+00:01', '-00:00', '+24:00', '+01:60'),
  )
  .map(([year, month, day, separator, hour, minute, second, fraction, zone]) => `${year}-${month}-${day}${separator}${hour}:${minute}:${second}${fraction}${zone}`);

describe('the RFC 3339 check', () => {
  it('accepts date-times in every form the RFC allows, leap days and end-of-day leap seconds included', () => {
    for (const value of [
      '2026-03-21T20:00:00Z',
      '2026-03-21t20:00:00.5z',
      '2026-03-21 20:00:00Z',
      '2026-03-21T21:30:00+01:30',
      '2026-03-21T20:00:07.123456789-00:00',
      '2024-02-29T00:00:00Z',
      '2000-02-29T00:00:00Z',
      '2026-12-31T23:59:60Z',
      '2026-12-31T18:59:60-05:00',
    ]) {
      assert.ok(isRfc3339(value), value);
    }
  });

  it('refuses days a month does not have, fields out of range, misplaced leap seconds, offsets without a colon and anything not a string', () => {
    for (const value of [
      '2026-02-29T00:00:00Z',
      '1900-02-29T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-00-10T00:00:00Z',
      '2026-03-00T00:00:00Z',
      '2026-03-21T24:00:00Z',
      '2026-03-21T20:60:00Z',
      '2026-03-21T20:00:61Z',
      '2026-03-21T20:00:60Z',
      '2026-03-21T20:00:00',
      '2026-03-21T20:00:00+0100',
      '2026-03-21T20:00:00+24:00',
      '2026-03-21T20:00:00.Z',
      '2026-03-21TT20:00:00Z',
      '21/03/2026 20:00',
      '',
      42,
      null,
      undefined,
    ]) {
      assert.equal(isRfc3339(value), false, JSON.stringify(value));
    }
  });

  it('gives the fields as written, with the offset in minutes, and leaves their ranges to isRfc3339', () => {
    assert.deepEqual(rfc3339Fields('2026-03-21T21:30:07.25+01:30'), {
      year: 2026, month: 3, day: 21, hour: 21, minute: 30, second: 7, fraction: '25', offsetHour: 1, offsetMinute: 30, offsetMinutes: 90,
    });
    assert.equal(rfc3339Fields('2026-03-21T19:00:00-01:00')?.offsetMinutes, -60);
    assert.equal(rfc3339Fields('2026-02-30T00:00:00Z')?.day, 30);
    assert.equal(rfc3339Fields('2026-03-21T20:00:00+0100'), undefined);
  });

  it('refuses the times past 23:59 that ajv-formats lets through when an offset brings them to 23:59 UTC', () => {
    for (const value of ['2026-01-01T23:60:00+00:01', '2026-01-01T24:59:30+01:00']) {
      assert.equal(standalone.Timestamp(value), true, `ajv-formats accepts ${value}`);
      assert.equal(isRfc3339(value), false, value);
    }
  });

  it('agrees with the schema’s validator on every timestamp with a T or a space, a colon in its offset, and hour and minute in range', () => {
    fc.assert(
      fc.property(timestamps, (value) => isRfc3339(value) === standalone.Timestamp(value)),
      { numRuns: 5000 },
    );
  });

  it('lets the wire write every timestamp the schema accepts as the same instant in the reference’s form', () => {
    // chrono's form: years 0–9999 in four digits, others signed (-0001, +10000), which an offset
    // can reach from 0000 or 9999.
    const canonical = /^(?:\d{4}|-\d{4,}|\+\d{5,})-\d{2}-\d{2}T\d{2}:\d{2}:(?:[0-5]\d|60)(?:\.(?:\d{3}){1,3})?Z$/;
    // Date.parse reads a signed year only in six digits.
    const instant = (text: string) =>
      Date.parse(text.replace(/^([+-])(\d+)/, (_, sign: string, year: string) => `${sign}${year.padStart(6, '0')}`).replace(/[t ]/, 'T').replace(/z$/, 'Z'));
    fc.assert(
      fc.property(
        timestamps.filter((value) => standalone.Timestamp(value) && isRfc3339(value)),
        (value) => {
          const written = normalizeTimestamp(value);
          // A Date cannot hold a leap second: both are compared at :59 (the wire writes :60 back).
          const leap = (text: string) => text.replace(/:60(?=[.zZ+-])/, ':59');
          return canonical.test(written) && instant(leap(written)) === instant(leap(value)) && written.includes(':60') === value.includes(':60');
        },
      ),
      // The years an offset carries past 9999 and before 0000, always tried (CI once drew the first).
      { numRuns: 5000, examples: [['9999-12-31T00:01:00-23:59'], ['0000-01-01T00:00:59+00:01'], ['0050-06-01 12:00:00z'], ['2027-01-01T00:59:60.5+01:00']] },
    );
  });
});
