/**
 * The one definition of an RFC 3339 date-time (RFC 3339 section 5.6, with the ranges of
 * section 5.7), for the wire's normaliser and the conformance suite alike:
 * `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, where `T` and `Z` may be lower case (the ABNF's
 * strings are case-insensitive) and `T` may be a space (the note of section 5.6, which the
 * schema's validators accept too); the day exists in its month (leap years included), and a
 * 60th second only ends a UTC day (23:59:60Z), where leap seconds fall.
 */

/** The fields of an RFC 3339 date-time as it is written (not converted to UTC). */
export interface Rfc3339DateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** The digits of the fractional second, without the dot; '' when there are none. */
  fraction: string;
  /** The offset's hours and minutes as written (0 for `Z`). */
  offsetHour: number;
  offsetMinute: number;
  /** The offset from UTC, in minutes (0 for `Z`). */
  offsetMinutes: number;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;
/** 23:59, the minute of a UTC day a leap second ends. */
const LAST_MINUTE_OF_DAY = MINUTES_PER_DAY - 1;

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/**
 * The fields of `value` when it has the form of an RFC 3339 date-time, each as written and not
 * checked against its range; undefined when it has not that form. Enough for a value already
 * validated (the wire's normaliser); `isRfc3339` is the whole check.
 */
export function rfc3339Fields(value: string): Rfc3339DateTime | undefined {
  const match = DATE_TIME.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction = '', sign, offsetHour = '0', offsetMinute = '0'] = match;
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
    fraction,
    offsetHour: Number(offsetHour),
    offsetMinute: Number(offsetMinute),
    offsetMinutes: (sign === '-' ? -1 : 1) * (Number(offsetHour) * MINUTES_PER_HOUR + Number(offsetMinute)),
  };
}

/** Whether `value` is an RFC 3339 date-time: its form, and every field in its range. */
export function isRfc3339(value: unknown): value is string {
  const parts = typeof value === 'string' ? rfc3339Fields(value) : undefined;
  if (parts === undefined) return false;
  if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month)) return false;
  if (parts.hour > 23 || parts.minute > 59 || parts.second > 60 || parts.offsetHour > 23 || parts.offsetMinute > 59) return false;
  if (parts.second < 60) return true;
  const utcMinute = (((parts.hour * MINUTES_PER_HOUR + parts.minute - parts.offsetMinutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return utcMinute === LAST_MINUTE_OF_DAY;
}
