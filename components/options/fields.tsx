// Form controls that know the settings: each edits one path of the draft, is disabled and marked
// when the administrator locked that path, always has a visible label, and says what is wrong
// with its value in the words an import of that value would give (the settings schema's piece
// for its path checks it).
import { useId, useState, type ReactNode } from 'react';
import { getAt } from '@/lib/settings/patch';
import { fieldProblems, rangeOf, schemaAt } from '@/lib/settings/schema';
import { useOptions } from './context';
import { o } from './messages';

type Path = readonly (string | number)[];

/** A control with its visible label (and the lock when the administrator set the path). */
export function Field({ id, label, path, children }: { id: string; label: ReactNode; path: Path; children: ReactNode }) {
  return (
    <div className="gvul-field">
      <label htmlFor={id}>
        {label} <Locked path={path} />
      </label>
      {children}
    </div>
  );
}

/** The schema's problems with `value` at `path`, and the attributes that tie them to the control. */
function useProblems(path: Path, value: unknown, controlId: string) {
  const { lang } = useOptions();
  const key = path.join('.');
  const problems = fieldProblems(schemaAt(path), value, lang);
  const id = `${controlId}-problem`;
  return {
    attrs: problems.length > 0 ? { 'aria-invalid': true, 'aria-describedby': id } : {},
    shown:
      problems.length > 0 ? (
        <span className="gvul-error" id={id} data-testid="field-problem" data-path={key}>
          {problems.join('; ')}
        </span>
      ) : null,
  };
}

function Locked({ path }: { path: Path }) {
  const { locked, lang } = useOptions();
  if (!locked(path)) return null;
  return (
    <span className="gvul-locked" data-testid="locked">
      🔒 {o(lang, 'managed.locked')}
    </span>
  );
}

export function TextField({
  label,
  path,
  multiline,
  rows = 3,
  dir,
  placeholder,
  testId,
}: {
  label: ReactNode;
  path: Path;
  multiline?: boolean;
  rows?: number;
  dir?: 'rtl' | 'ltr' | 'auto';
  placeholder?: string;
  testId?: string;
}) {
  const { draft, set, locked } = useOptions();
  const id = useId();
  const stored = getAt(draft, path.map(String));
  const value = (stored as string | undefined) ?? '';
  const problems = useProblems(path, stored, id);
  const common = {
    id,
    value,
    ...problems.attrs,
    dir,
    placeholder,
    disabled: locked(path),
    'data-testid': testId,
    'data-path': path.join('.'),
    onChange: (e: { target: { value: string } }) => set(path, e.target.value),
  };
  return (
    <Field id={id} label={label} path={path}>
      {multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
      {problems.shown}
    </Field>
  );
}

/**
 * A number kept as typed while it is being typed; the draft gets the number (NaN when not one).
 * Its range is the schema's for the path.
 */
export function NumberField({
  label,
  path,
  step,
  testId,
  bare,
}: {
  label: string;
  path: Path;
  step?: number;
  testId?: string;
  /** Label only for assistive technology (inside a table whose headers say it). */
  bare?: boolean;
}) {
  const { draft, set, locked } = useOptions();
  const id = useId();
  const value = getAt(draft, path.map(String)) as number | undefined;
  const [text, setText] = useState(value === undefined ? '' : String(value));
  // Follow changes made elsewhere (another tab, an import) unless they are what was typed.
  const shown = value === undefined || Number.isNaN(value) || Number(text) === value ? text : String(value);
  const problems = useProblems(path, value, id);
  const { min, max } = rangeOf(schemaAt(path));
  const input = (
    <input
      id={id}
      {...problems.attrs}
      type="number"
      inputMode="decimal"
      value={shown}
      min={min}
      max={max}
      step={step}
      disabled={locked(path)}
      data-testid={testId}
      data-path={path.join('.')}
      aria-label={bare ? label : undefined}
      onChange={(e) => {
        setText(e.target.value);
        set(path, e.target.value.trim() === '' ? Number.NaN : Number(e.target.value));
      }}
    />
  );
  if (bare)
    return (
      <>
        {input}
        {problems.shown}
      </>
    );
  return (
    <Field id={id} label={label} path={path}>
      {input}
      {problems.shown}
    </Field>
  );
}

/** Text one item a line, as a list: lines trimmed, blank ones dropped. */
export const parseLines = (t: string) => t.split('\n').map((l) => l.trim()).filter(Boolean);

/** A list of strings, one a line. Blank lines are kept while typing and dropped from the draft. */
export function LinesField({
  label,
  path,
  dir,
  rows = 4,
  testId,
}: {
  label: string;
  path: Path;
  dir?: 'rtl' | 'ltr' | 'auto';
  rows?: number;
  testId?: string;
}) {
  const { draft, set, locked } = useOptions();
  const id = useId();
  const value = (getAt(draft, path.map(String)) as string[] | undefined) ?? [];
  const [text, setText] = useState(value.join('\n'));
  const shown = parseLines(text).join('\n') === value.join('\n') ? text : value.join('\n');
  const problems = useProblems(path, value, id);
  return (
    <Field id={id} label={label} path={path}>
      <textarea
        id={id}
        {...problems.attrs}
        rows={rows}
        dir={dir}
        value={shown}
        disabled={locked(path)}
        data-testid={testId}
        data-path={path.join('.')}
        onChange={(e) => {
          setText(e.target.value);
          set(path, parseLines(e.target.value));
        }}
      />
      {problems.shown}
    </Field>
  );
}

export function SelectField<T extends string>({
  label,
  path,
  options,
  testId,
  bare,
}: {
  label: string;
  path: Path;
  options: { value: T; label: string }[];
  testId?: string;
  bare?: boolean;
}) {
  const { draft, set, locked } = useOptions();
  const id = useId();
  const value = getAt(draft, path.map(String)) as T;
  const select = (
    <select
      id={id}
      value={value}
      disabled={locked(path)}
      data-testid={testId}
      aria-label={bare ? label : undefined}
      onChange={(e) => set(path, e.target.value)}
    >
      {options.map((opt) => (
        <option key={opt.value} value={opt.value}>
          {opt.label}
        </option>
      ))}
    </select>
  );
  if (bare) return select;
  return (
    <Field id={id} label={label} path={path}>
      {select}
    </Field>
  );
}

export function CheckField({ label, path, testId }: { label: string; path: Path; testId?: string }) {
  const { draft, set, locked } = useOptions();
  const checked = getAt(draft, path.map(String)) === true;
  return (
    <label className="gvul-check">
      <input type="checkbox" checked={checked} disabled={locked(path)} data-testid={testId} onChange={(e) => set(path, e.target.checked)} />
      <span>{label}</span> <Locked path={path} />
    </label>
  );
}

/** What an add form's last submit gave: a status when it worked, an alert when it did not. */
export function FormOutcome({ id, testId, message }: { id: string; testId: string; message: { ok: boolean; text: string } | null }) {
  return (
    <div id={id} role={message?.ok ? 'status' : 'alert'} data-testid={testId} data-ok={message?.ok}>
      {message && <p className={message.ok ? 'gvul-ok' : 'gvul-error'}>{message.text}</p>}
    </div>
  );
}

export { Locked };
