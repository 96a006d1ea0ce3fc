import { useId, useMemo, useState } from 'react';
import { CHANNELS, type Lang } from '@/lib/ticket';
import { QUEUES } from '@/lib/policy/labels';
import { HOLIDAY_IDS, WEEKDAYS, type OpenInterval } from '@/lib/policy/sla';
import { HOLIDAY_NAMES } from '@/lib/sla';
import { localeOf, t } from '@/lib/i18n/messages';
import { calendarMonths, formatHours, nextHolidayDates, parseHours } from '@/lib/settings/schedule-view';
import { useOptions } from './context';
import { CheckField, Field, Locked, NumberField, SelectField, TextField } from './fields';
import { getAt } from '@/lib/settings/patch';
import { CHANNEL_NAMES, o } from './messages';

const DAY_NAMES: Record<Lang, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  he: ['ראשון', 'שני', 'שלישי', 'רביעי', 'חמישי', 'שישי', 'שבת'],
};
/**
 * The calendar's column heads. Hebrew names the days by their letters (א׳ is Sunday); the first
 * letters of the names (ר ש ש ר ח ש ש) would repeat and mislead.
 */
const DAY_LETTERS: Record<Lang, string[]> = {
  en: ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'],
  he: ['א', 'ב', 'ג', 'ד', 'ה', 'ו', 'ש'],
};

export function SlaSection() {
  const { lang, draft } = useOptions();
  return (
    <section aria-labelledby="sla-heading" id="sla">
      <h2 id="sla-heading">{o(lang, 'sla.heading')}</h2>
      <p className="gvul-intro">{o(lang, 'sla.intro', { queue: t(lang, `queue.${draft.sla.urgent.targetsOf}`) })}</p>
      <div className="gvul-scroll">
        <table className="gvul-table">
          <thead>
            <tr>
              <th scope="col">{o(lang, 'sla.queue')}</th>
              <ChannelHeaders />
            </tr>
          </thead>
          <tbody>
            {QUEUES.map((q) => (
              <tr key={q}>
                <th scope="row">
                  {t(lang, `queue.${q}`)} <Locked path={['sla', 'targets', q]} />
                </th>
                <ChannelTargets path={['sla', 'targets', q]} queue={t(lang, `queue.${q}`)} testId={`target-${q}`} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="gvul-two">
        <NumberField label={o(lang, 'sla.warningFraction')} path={['sla', 'warning', 'fractionOfTarget']} step={0.05} />
        <NumberField label={o(lang, 'sla.warningMinutes')} path={['sla', 'warning', 'minutesLeft']} step={5} testId="warning-minutes" />
      </div>
    </section>
  );
}

/** The column headers of a table of targets per channel. */
export function ChannelHeaders() {
  const { lang } = useOptions();
  return CHANNELS.map((c) => (
    <th key={c} scope="col">
      {CHANNEL_NAMES[lang][c]}
    </th>
  ));
}

/** One row's response targets, a cell per channel (`<testId>-<channel>` on each amount). */
export function ChannelTargets({ path, queue, testId }: { path: string[]; queue: string; testId: string }) {
  const { lang } = useOptions();
  return CHANNELS.map((c) => (
    <TargetCell key={c} path={[...path, c]} names={{ queue, channel: CHANNEL_NAMES[lang][c] }} testId={`${testId}-${c}`} />
  ));
}

/** One response target (amount and unit) in a table of targets per channel. */
function TargetCell({ path, names, testId }: { path: string[]; names: { queue: string; channel: string }; testId: string }) {
  const { lang } = useOptions();
  return (
    <td>
      <NumberField bare label={o(lang, 'sla.amount', names)} path={[...path, 'amount']} step={0.5} testId={testId} />
      <SelectField
        bare
        label={o(lang, 'sla.unit', names)}
        path={[...path, 'unit']}
        options={[
          { value: 'business_hours', label: o(lang, 'sla.unit.business_hours') },
          { value: 'business_days', label: o(lang, 'sla.unit.business_days') },
        ]}
      />
    </td>
  );
}

/** Hours as "09:00-13:00, 14:00-18:00"; kept as typed until it parses. */
function HoursField({ label, path, testId }: { label: string; path: (string | number)[]; testId?: string }) {
  const { draft, set, locked, lang } = useOptions();
  const id = useId();
  const at = getAt(draft, path.map(String));
  const value: OpenInterval[] = Array.isArray(at) ? (at as OpenInterval[]) : [];
  const [text, setText] = useState(formatHours(value));
  const parsed = parseHours(text);
  const shown = parsed && formatHours(parsed) === formatHours(value) ? text : parsed ? formatHours(value) : text;
  return (
    <Field id={id} label={label} path={path}>
      <input
        id={id}
        type="text"
        dir="ltr"
        value={shown}
        placeholder="09:00-13:00"
        disabled={locked(path)}
        aria-invalid={parsed === null}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          const hours = parseHours(e.target.value);
          if (hours) set(path, hours);
        }}
      />
      {parsed === null && <span className="gvul-error">{o(lang, 'sla.hoursFormat')}</span>}
    </Field>
  );
}

export function ScheduleSection({ today }: { today: string }) {
  const { lang, draft, set, locked } = useOptions();
  const calendar = draft.sla.calendar;
  const holidayDates = useMemo(() => nextHolidayDates(today), [today]);
  const [newDate, setNewDate] = useState('');
  const newDateId = useId();
  const months = useMemo(() => {
    try {
      return calendarMonths(calendar, today, 3);
    } catch {
      return null; // an invalid time zone or no opening hours: the problems list says which
    }
  }, [calendar, today]);

  return (
    <section aria-labelledby="schedule-heading" id="schedule">
      <h2 id="schedule-heading">{o(lang, 'schedule.heading')}</h2>
      <TextField label={o(lang, 'schedule.timeZone')} path={['sla', 'calendar', 'timeZone']} dir="ltr" testId="time-zone" />

      <h3 className="gvul-h3">{o(lang, 'schedule.weekly')}</h3>
      <p className="gvul-intro">{o(lang, 'schedule.weeklyHint')}</p>
      {WEEKDAYS.map((day, d) => (
        <HoursField
          key={day}
          label={DAY_NAMES[lang][d]!}
          path={['sla', 'calendar', 'weekly', day]}
          testId={`weekly-${day}`}
        />
      ))}

      <fieldset className="gvul-box">
        <legend>{o(lang, 'schedule.holidays')}</legend>
        <div className="gvul-grid gvul-grid-narrow">
          {HOLIDAY_IDS.map((id) => (
            <CheckField
              key={id}
              label={o(lang, 'schedule.holidayOn', { name: HOLIDAY_NAMES[id][lang], date: holidayDates[id] ?? '' })}
              path={['sla', 'calendar', 'holidays', id]}
              testId={`holiday-${id}`}
            />
          ))}
        </div>
        <HoursField label={o(lang, 'schedule.eveHours')} path={['sla', 'calendar', 'eveHours']} />
      </fieldset>

      <fieldset className="gvul-box">
        <legend>{o(lang, 'schedule.customDates')}</legend>
        {calendar.customDates.map((entry, i) => (
          <div key={entry.date} className="gvul-row">
            <strong>{entry.date}</strong>
            <HoursField label={o(lang, 'schedule.dateHours', { date: entry.date })} path={['sla', 'calendar', 'customDates', i, 'hours']} />
            <TextField label={o(lang, 'schedule.dateNote', { date: entry.date })} path={['sla', 'calendar', 'customDates', i, 'note']} />
            <button
              type="button"
              disabled={locked(['sla', 'calendar', 'customDates'])}
              onClick={() => set(['sla', 'calendar', 'customDates'], calendar.customDates.filter((_, j) => j !== i))}
            >
              {o(lang, 'schedule.removeDate', { date: entry.date })}
            </button>
          </div>
        ))}
        <div className="gvul-row">
          <div className="gvul-field">
            <label htmlFor={newDateId}>{o(lang, 'schedule.date')}</label>
            <input id={newDateId} type="date" value={newDate} onChange={(e) => setNewDate(e.target.value)} />
          </div>
          <button
            type="button"
            disabled={!newDate || calendar.customDates.some((d) => d.date === newDate) || locked(['sla', 'calendar', 'customDates'])}
            onClick={() => {
              set(['sla', 'calendar', 'customDates'], [...calendar.customDates, { date: newDate, hours: [] }].sort((a, b) => a.date.localeCompare(b.date)));
              setNewDate('');
            }}
          >
            {o(lang, 'schedule.addDate')}
          </button>
        </div>
      </fieldset>

      <h3 className="gvul-h3">{o(lang, 'schedule.calendar')}</h3>
      <p className="gvul-legend">
        <span className="gvul-day gvul-day-open">{o(lang, 'schedule.legend.open')}</span>{' '}
        <span className="gvul-day gvul-day-short">{o(lang, 'schedule.legend.short')}</span>{' '}
        <span className="gvul-day gvul-day-closed">{o(lang, 'schedule.legend.closed')}</span>
      </p>
      {months && (
        <div className="gvul-months">
          {months.map((m) => {
            const lead = m.days[0]!.weekday;
            const cells = [...Array.from({ length: lead }, () => null), ...m.days];
            const weeks = Array.from({ length: Math.ceil(cells.length / 7) }, (_, w) => cells.slice(w * 7, w * 7 + 7));
            const title = new Intl.DateTimeFormat(localeOf(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
              Date.UTC(m.year, m.month - 1, 1),
            );
            return (
              <table key={`${m.year}-${m.month}`} className="gvul-month" data-testid="calendar-month">
                <caption>{title}</caption>
                <thead>
                  <tr>
                    {DAY_NAMES[lang].map((d, i) => (
                      <th key={d} scope="col" abbr={d}>
                        {DAY_LETTERS[lang][i]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {weeks.map((week, w) => (
                    <tr key={w}>
                      {week.map((day, i) =>
                        day ? (
                          <td
                            key={day.date}
                            className={`gvul-day gvul-day-${day.kind}`}
                            data-date={day.date}
                            data-kind={day.kind}
                            title={[
                              day.kind === 'closed'
                                ? o(lang, 'schedule.day.closed', { date: day.date })
                                : o(lang, 'schedule.day.open', { date: day.date, hours: day.hours.join(', ') }),
                              day.holiday?.name[lang],
                              day.note,
                            ]
                              .filter(Boolean)
                              .join(' · ')}
                          >
                            {Number(day.date.slice(8))}
                            {day.holiday && calendar.holidays[day.holiday.id] ? '*' : ''}
                          </td>
                        ) : (
                          <td key={`empty-${i}`} />
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          })}
        </div>
      )}
    </section>
  );
}
