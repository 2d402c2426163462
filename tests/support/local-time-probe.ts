/**
 * Finds the test files whose results can depend on the machine's time zone.
 *
 * `npm test` runs the unit project in a far-east time zone, then again in a far-west one, so a
 * test that assumes the machine runs in UTC fails in one of them. Only code that reads or writes
 * local time can behave differently between the two runs: every other Date operation (epoch
 * milliseconds, `getUTC*`, `toISOString`, an ISO string with its offset) gives the same answer in
 * every zone. So the first run records which files touched local time, and only those run again.
 *
 * The probe wraps the operations whose result depends on the zone:
 * - `Date` called as a function, or constructed from year/month/… parts or from a string without
 *   an offset (`new Date('2026-11-10T09:00')` is local time; a bare date `'2026-11-10'` is UTC, but
 *   is counted too, since the parse of other string forms is implementation-defined);
 * - `Date.parse` of such a string;
 * - the local getters, setters and string forms of `Date.prototype` (`getHours`, `setDate`,
 *   `toString`, `toLocaleDateString`, … — `String(date)` goes through `toString`);
 * - `Intl.DateTimeFormat` created without a `timeZone` option (it formats in the machine's zone).
 *
 * Code that keeps its own reference to `Date.prototype.getHours` from before the probe was installed
 * is not seen; the probe is installed by a setup file, before any test module is imported.
 */

/** Date.prototype methods that read or write local time. */
const LOCAL_DATE_METHODS = [
  'getFullYear',
  'getYear',
  'getMonth',
  'getDate',
  'getDay',
  'getHours',
  'getMinutes',
  'getSeconds',
  'getMilliseconds',
  'getTimezoneOffset',
  'setFullYear',
  'setYear',
  'setMonth',
  'setDate',
  'setHours',
  'setMinutes',
  'setSeconds',
  'setMilliseconds',
  'toString',
  'toDateString',
  'toTimeString',
  'toLocaleString',
  'toLocaleDateString',
  'toLocaleTimeString',
] as const;

/** A date-time string that names its offset: read the same way in every zone. */
const STRING_WITH_OFFSET = /(?:Z|[+-]\d\d:?\d\d|\bGMT|\bUTC)\s*$/i;

/** True when constructing a Date from these arguments reads the machine's zone. */
export function constructionIsLocal(args: readonly unknown[]): boolean {
  if (args.length === 0) return false;
  if (args.length > 1) return true;
  const [only] = args;
  return typeof only === 'string' && !STRING_WITH_OFFSET.test(only.trim());
}

type Patched = { owner: object; key: PropertyKey; original: PropertyDescriptor };

/** The `toLocale…String` methods: local time unless their options name a zone. */
const TAKES_OPTIONS = new Set<PropertyKey>(['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']);

/** True when the (locales, options) arguments of a formatter leave the zone to the machine. */
function formatsInLocalZone(args: readonly unknown[]): boolean {
  const options = args[1] as Intl.DateTimeFormatOptions | undefined;
  return options?.timeZone === undefined;
}

function wrapMethod(owner: object, key: PropertyKey, onLocal: () => void, patched: Patched[]): void {
  const original = Object.getOwnPropertyDescriptor(owner, key);
  if (!original || typeof original.value !== 'function') return;
  const method = original.value as (...args: unknown[]) => unknown;
  const takesOptions = TAKES_OPTIONS.has(key);
  Object.defineProperty(owner, key, {
    ...original,
    value: function localTimeProbe(this: unknown, ...args: unknown[]) {
      if (!takesOptions || formatsInLocalZone(args)) onLocal();
      return method.apply(this, args);
    },
  });
  patched.push({ owner, key, original });
}

/**
 * Installs the probe on `scope` (normally `globalThis`): `onLocal` is called whenever code uses
 * local time. Returns a function that removes the probe.
 */
export function installLocalTimeProbe(
  scope: { Date: DateConstructor; Intl: typeof Intl },
  onLocal: () => void,
): () => void {
  const patched: Patched[] = [];
  const NativeDate = scope.Date;
  for (const key of LOCAL_DATE_METHODS) wrapMethod(NativeDate.prototype, key, onLocal, patched);
  const nativeParse = NativeDate.parse;
  const parseDescriptor = Object.getOwnPropertyDescriptor(NativeDate, 'parse') as PropertyDescriptor;
  Object.defineProperty(NativeDate, 'parse', {
    ...parseDescriptor,
    value: (text: string) => {
      if (constructionIsLocal([String(text)])) onLocal();
      return nativeParse(text);
    },
  });
  const ProbedDate: DateConstructor = new Proxy(NativeDate, {
    construct(target, args, newTarget): object {
      if (constructionIsLocal(args)) onLocal();
      return Reflect.construct(target, args, newTarget === ProbedDate ? target : newTarget);
    },
    apply(target, thisArg, args) {
      onLocal();
      return Reflect.apply(target, thisArg, args);
    },
  });
  const NativeFormat = scope.Intl.DateTimeFormat;
  const ProbedFormat: typeof Intl.DateTimeFormat = new Proxy(NativeFormat, {
    construct(target, args, newTarget): object {
      if (formatsInLocalZone(args)) onLocal();
      return Reflect.construct(target, args, newTarget === ProbedFormat ? target : newTarget);
    },
    apply(target, thisArg, args) {
      if (formatsInLocalZone(args)) onLocal();
      return Reflect.apply(target, thisArg, args);
    },
  });
  scope.Date = ProbedDate;
  scope.Intl.DateTimeFormat = ProbedFormat;
  return () => {
    scope.Date = NativeDate;
    scope.Intl.DateTimeFormat = NativeFormat;
    Object.defineProperty(NativeDate, 'parse', parseDescriptor);
    for (const { owner, key, original } of patched.reverse()) Object.defineProperty(owner, key, original);
  };
}
