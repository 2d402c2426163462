/**
 * Deadline reminders in the options page. Turning them on asks the browser for the optional
 * `notifications` permission there and then (never earlier); turning them off gives it back. The background schedules from what is saved here.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { formatDueDay } from '../../src/deadlines';
import type { Deadline } from '../../src/knowledge/schema';
import type { Message } from '../../src/messages/protocol';
import {
  DEFAULT_REMINDER_PREFS,
  parseReminderPrefs,
  REMINDER_DAYS_MAX,
  REMINDER_DAYS_MIN,
  type ReminderPrefs,
} from '../../src/reminders/schedule';
import { loadKnowledge } from '../popup/pack';
import { HeldPlace } from '../shared/held-place';
import { readerLocale, t } from '../shared/i18n';
import { hasReminderPermissions, reminderPermissions } from '../shared/reminder-permissions';
import { heldForTest } from '../shared/test-hold';

async function readReminderPrefs(): Promise<ReminderPrefs> {
  const request: Message = { type: 'get-reminders' };
  return parseReminderPrefs(await browser.runtime.sendMessage(request));
}

async function writeReminderPrefs(prefs: ReminderPrefs): Promise<void> {
  const request: Message = { type: 'save-reminders', prefs };
  if ((await browser.runtime.sendMessage(request)) !== true) throw new Error('the background did not save');
}

type State = { prefs: ReminderPrefs; granted: boolean; deadlines: Deadline[] };

const PENDING = new Set(['upcoming', 'extended']);

function useReminderState(): [State | undefined, (next: State) => void] {
  const [state, setState] = useState<State | undefined>();
  useEffect(() => {
    void Promise.all([readReminderPrefs(), hasReminderPermissions().catch(() => false), loadKnowledge([])])
      .then(
        ([prefs, granted, pack]): State => ({
          prefs,
          granted,
          deadlines: pack.deadlines.map((d) => d.deadline).filter((d) => PENDING.has(d.status)),
        }),
        (): State => ({ prefs: { ...DEFAULT_REMINDER_PREFS }, granted: false, deadlines: [] }),
      )
      .then(async (state) => {
        await heldForTest();
        setState(state);
      });
  }, []);
  return [state, setState];
}

function TrackedDeadlines(props: { state: State; save(prefs: ReminderPrefs): void }) {
  const { prefs, deadlines } = props.state;
  const locale = readerLocale();
  const toggle = (id: string, on: boolean) =>
    props.save({
      ...prefs,
      untracked: on ? prefs.untracked.filter((u) => u !== id) : [...prefs.untracked, id],
    });
  return (
    <fieldset class="tracked">
      <legend>{t('remindersWhich')}</legend>
      {deadlines.map((deadline) => (
        <label class="check" key={deadline.id}>
          <input
            type="checkbox"
            name="reminder-deadline"
            value={deadline.id}
            checked={!prefs.untracked.includes(deadline.id)}
            onChange={(e) => toggle(deadline.id, (e.currentTarget as HTMLInputElement).checked)}
          />
          {t('remindersDeadline', [deadline.title, formatDueDay(deadline.due, locale)])}
        </label>
      ))}
    </fieldset>
  );
}

/** A new reader's reminders: off, so no deadline is listed. */
const FIRST_OPENING: State = { prefs: { ...DEFAULT_REMINDER_PREFS }, granted: false, deadlines: [] };

/** The reminders' fieldset, its place held until the saved choice and the permission are read. */
export function Reminders() {
  const [state, setState] = useReminderState();
  return (
    <HeldPlace
      part="options.reminders"
      ready={state !== undefined}
      class="reminders-place"
      firstTime={<ReminderChoice state={FIRST_OPENING} setState={() => undefined} />}
    >
      {state && <ReminderChoice state={state} setState={setState} />}
    </HeldPlace>
  );
}

function ReminderChoice(props: { state: State; setState(next: State): void }) {
  const { state, setState } = props;
  const [message, setMessage] = useState<string | undefined>();
  const on = state.prefs.enabled && state.granted;
  const save = (prefs: ReminderPrefs, granted = state.granted) => {
    setState({ ...state, prefs, granted });
    writeReminderPrefs(prefs).catch((e: unknown) => setMessage(t('saveFailed', [(e as Error).message])));
  };
  const turn = (input: HTMLInputElement) => {
    const next = input.checked;
    // Stays as it was until the browser answers (the answer may be a prompt the reader has yet to see).
    input.checked = on;
    setMessage(next ? t('remindersWaiting') : undefined);
    const permissions = { permissions: reminderPermissions() as never };
    if (!next) {
      save({ ...state.prefs, enabled: false }, false);
      void browser.permissions.remove(permissions).catch(() => undefined);
      return;
    }
    // Asked right in the click handler: browsers grant optional permissions only on a user action.
    browser.permissions.request(permissions).then(
      (granted) => {
        setMessage(granted ? undefined : t('remindersNotGranted'));
        if (granted) save({ ...state.prefs, enabled: true }, true);
      },
      (e: unknown) => setMessage(t('remindersRequestFailed', [(e as Error).message])),
    );
  };
  return (
    <fieldset id="reminders">
      <legend>{t('remindersHeading')}</legend>
      <label class="check">
        <input
          id="reminders-enabled"
          type="checkbox"
          checked={on}
          aria-describedby="reminders-hint"
          onChange={(e) => turn(e.currentTarget as HTMLInputElement)}
        />
        {t('remindersEnable')}
      </label>
      <p class="hint" id="reminders-hint">
        {t('remindersHint')}
      </p>
      {message && (
        <p class="hint" role="status" id="reminders-message">
          {message}
        </p>
      )}
      {on && (
        <>
          <label for="reminder-days">{t('remindersDays')}</label>{' '}
          <input
            id="reminder-days"
            type="number"
            min={REMINDER_DAYS_MIN}
            max={REMINDER_DAYS_MAX}
            value={state.prefs.daysBefore}
            onChange={(e) => {
              const days = Number((e.currentTarget as HTMLInputElement).value);
              if (Number.isInteger(days) && days >= REMINDER_DAYS_MIN && days <= REMINDER_DAYS_MAX)
                save({ ...state.prefs, daysBefore: days });
            }}
          />
          <TrackedDeadlines state={state} save={save} />
        </>
      )}
    </fieldset>
  );
}
