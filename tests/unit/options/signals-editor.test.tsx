// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '../../../lib/settings/storage';
import { checkSettings } from '../../../lib/settings/schema';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { DEFAULT_CLASSIFICATION_POLICY, type ClassificationPolicy } from '../../../lib/policy/classification';
import { classify } from '../../../lib/classifier';
import { renderOptions } from './render';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);



/** What importing settings with a signal of this id says about the id (the form must say the same). */
function importProblem(id: string): string {
  const settings = structuredClone(DEFAULT_SETTINGS);
  settings.classification.scopeCues.push({ id, phrases: { he: [], en: ['zorblax'] }, clause: 'third-party-interfaces' });
  const r = checkSettings(settings, 'en');
  if (r.ok) throw new Error(`the schema accepts the id ${JSON.stringify(id)}`);
  const problem = r.problems.find((p) => p.path.endsWith('.id'));
  if (!problem) throw new Error(`no problem with the id: ${JSON.stringify(r.problems)}`);
  return problem.problem;
}

const change = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
const message = () => screen.getByTestId('signal-add-message');

describe('adding and removing signals on the options page', () => {
  it('adds a signal to the chosen group, saves it, and refuses empty or duplicate ids', async () => {
    const store = await renderOptions();
    fireEvent.click(screen.getByTestId('signals-group-scopeCues'));

    // An empty id is refused, and nothing changes.
    const before = store.getState().draft.classification.scopeCues.length;
    fireEvent.click(screen.getByTestId('signal-add'));
    expect(message().getAttribute('role')).toBe('alert');
    expect(message().textContent).toBe(`id: ${importProblem('')}`);
    expect(store.getState().draft.classification.scopeCues).toHaveLength(before);

    // An id another signal has (in any group) is refused too.
    const taken = DEFAULT_CLASSIFICATION_POLICY.signals[0]!.id;
    change('signal-new-id', taken);
    change('signal-new-phrases-en', 'zorblax');
    fireEvent.click(screen.getByTestId('signal-add'));
    expect(message().textContent).toContain(`already a signal with the id ${taken}`);
    expect(store.getState().draft.classification.scopeCues).toHaveLength(before);

    // Characters the id may not have.
    change('signal-new-id', 'Bad Id');
    fireEvent.click(screen.getByTestId('signal-add'));
    expect(message().textContent).toBe(`id: ${importProblem('Bad Id')}`);
    expect(message().textContent).toContain('lower-case Latin letters');

    // A valid one is appended, validated and saved.
    change('signal-new-id', 'scope.zorblax');
    change('signal-new-party', 'other_vendor');
    change('signal-new-weight', '2.5');
    change('signal-new-clause', 'third-party-interfaces');
    change('signal-new-phrases-he', 'זורבלקס\n\n');
    change('signal-new-phrases-en', 'zorblax\nzorblax ~ portal');
    fireEvent.click(screen.getByTestId('signal-add'));
    expect(message().getAttribute('role')).toBe('status');
    const expected = {
      id: 'scope.zorblax',
      phrases: { he: ['זורבלקס'], en: ['zorblax', 'zorblax ~ portal'] },
      parties: { other_vendor: 2.5 },
      clause: 'third-party-interfaces',
    };
    const draft = store.getState().draft;
    expect(draft.classification.scopeCues).toHaveLength(before + 1);
    expect(draft.classification.scopeCues.at(-1)).toEqual(expected);
    expect(checkSettings(draft).ok).toBe(true);
    expect(screen.getByTestId('signal-scope.zorblax')).toBeTruthy();
    expect((screen.getByTestId('signal-new-id') as HTMLInputElement).value).toBe('');

    await act(() => vi.waitFor(() => expect(store.getState().status.kind).toBe('saved')));
    expect((await loadSettings()).settings.classification.scopeCues.at(-1)).toEqual(expected);

    // The same id again, now that it exists.
    change('signal-new-id', 'scope.zorblax');
    change('signal-new-phrases-en', 'other');
    fireEvent.click(screen.getByTestId('signal-add'));
    expect(message().textContent).toContain('already a signal with the id scope.zorblax');
    expect(store.getState().draft.classification.scopeCues).toHaveLength(before + 1);
    store.getState().stop();
  });

  it('removes a signal only after it is confirmed', async () => {
    const store = await renderOptions();
    const [first, second] = store.getState().draft.classification.signals;
    const count = store.getState().draft.classification.signals.length;

    fireEvent.click(screen.getByTestId(`signal-remove-${first!.id}`));
    expect(screen.getByTestId('signal-remove-confirm').textContent).toContain(first!.id);
    fireEvent.click(screen.getByTestId('signal-remove-no'));
    expect(screen.queryByTestId('signal-remove-confirm')).toBeNull();
    expect(store.getState().draft.classification.signals).toHaveLength(count);

    fireEvent.click(screen.getByTestId(`signal-remove-${first!.id}`));
    fireEvent.click(screen.getByTestId('signal-remove-yes'));
    const signals = store.getState().draft.classification.signals;
    expect(signals).toHaveLength(count - 1);
    expect(signals.some((s) => s.id === first!.id)).toBe(false);
    expect(signals[0]!.id).toBe(second!.id);
    expect(screen.queryByTestId(`signal-${first!.id}`)).toBeNull();

    await act(() => vi.waitFor(() => expect(store.getState().status.kind).toBe('saved')));
    expect((await loadSettings()).settings.classification.signals.some((s) => s.id === first!.id)).toBe(false);
    store.getState().stop();
  });

  it('cannot add or remove when the administrator set the group', async () => {
    await fakeBrowser.storage.managed.set({ settings: { classification: { urgencyCues: DEFAULT_CLASSIFICATION_POLICY.urgencyCues } } });
    const store = await renderOptions();
    fireEvent.click(screen.getByTestId('signals-group-urgencyCues'));
    const first = store.getState().draft.classification.urgencyCues[0]!;
    expect((screen.getByTestId(`signal-remove-${first.id}`) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('signal-add') as HTMLButtonElement).closest('fieldset')!.disabled).toBe(true);
    // Other groups stay editable.
    fireEvent.click(screen.getByTestId('signals-group-signals'));
    expect((screen.getByTestId('signal-add') as HTMLButtonElement).closest('fieldset')!.disabled).toBe(false);
    store.getState().stop();
  });

  it('every new control has a label', async () => {
    const store = await renderOptions();
    const form = screen.getByTestId('signal-add-form');
    const controls = form.querySelectorAll('input, textarea, select');
    expect(controls.length).toBe(6);
    for (const control of controls) {
      const id = control.getAttribute('id');
      expect(id && document.querySelector(`label[for="${CSS.escape(id)}"]`), control.outerHTML.slice(0, 120)).toBeTruthy();
    }
    store.getState().stop();
  });
});

describe('a policy with an added signal', () => {
  it('changes the verdict on a ticket with the new phrase', () => {
    const ticket = { id: 't-1', subject: 'Zorblax', body: 'The zorblax portal rejects our login since this morning.', lang: 'en' as const };
    const base = classify(ticket);
    expect(base.party).not.toBe('other_vendor');
    const policy: ClassificationPolicy = {
      ...DEFAULT_CLASSIFICATION_POLICY,
      signals: [
        ...DEFAULT_CLASSIFICATION_POLICY.signals,
        { id: 'vendor.zorblax', phrases: { he: ['זורבלקס'], en: ['zorblax'] }, parties: { other_vendor: 6 }, clause: 'third-party-interfaces' },
      ],
    };
    const verdict = classify(ticket, policy);
    expect(verdict.party).toBe('other_vendor');
    expect(verdict.evidence.some((e) => e.text.toLowerCase() === 'zorblax' && e.clause === 'third-party-interfaces')).toBe(true);
  });
});
