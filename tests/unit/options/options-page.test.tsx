// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderOptions } from './render';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);


describe('the options page', () => {
  it('shows the administrator\'s values locked, and the rest editable', async () => {
    await fakeBrowser.storage.managed.set({ settings: { sla: { warning: { minutesLeft: 45 } } } });
    await renderOptions();
    const locked = screen.getByTestId('warning-minutes') as HTMLInputElement;
    expect(locked.value).toBe('45');
    expect(locked.disabled).toBe(true);
    expect(screen.getByTestId('managed-note').textContent).toContain('administrator');
    expect((screen.getByTestId('abstain-threshold') as HTMLInputElement).disabled).toBe(false);
  });

  it('previews a reply template as it is typed', async () => {
    await renderOptions();
    fireEvent.change(screen.getByTestId('reply-body-en'), { target: { value: 'Hi {{ticket.requester.first_name}}, ticket {{ticket.id}}.' } });
    expect(screen.getByTestId('reply-preview-en').textContent).toBe('Hi Dana, ticket 48213.');
  });

  it('is in Hebrew, right to left, when chosen', async () => {
    const store = await renderOptions();
    await act(async () => store.getState().edit((d) => ({ ...d, uiLang: 'he' })));
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('הגדרות גבול');
    // The calendar names the days by their letters, each once, with the full name for assistive technology.
    const heads = [...document.querySelectorAll('[data-testid="calendar-month"] thead th')].slice(0, 7);
    expect(heads.map((th) => th.textContent)).toEqual(['א', 'ב', 'ג', 'ד', 'ה', 'ו', 'ש']);
    expect(heads[0]!.getAttribute('abbr')).toBe('ראשון');
  });

  it('in Hebrew, names replies, clauses and channels in Hebrew, not by their ids', async () => {
    const store = await renderOptions();
    await act(async () => store.getState().edit((d) => ({ ...d, uiLang: 'he' })));
    const optionTexts = (testId: string) => [...screen.getByTestId(testId).querySelectorAll('option')].map((op) => op.textContent ?? '');
    for (const testId of ['reply-choose', 'signal-new-clause', 'try-channel']) {
      const texts = optionTexts(testId);
      expect(texts.length, testId).toBeGreaterThan(3);
      // Each is a Hebrew text; a product name inside one (Outlook) is fine, an id alone is not.
      for (const text of texts) expect(text, testId).toMatch(/^[^A-Za-z]*[\u0590-\u05FF]/);
      expect(texts.join(' '), testId).not.toMatch(/server-side|customer_it|\(provider\)|^email$/);
    }
  });

  it('edits the firm threshold like every other field', async () => {
    const store = await renderOptions();
    fireEvent.change(screen.getByTestId('firm-threshold'), { target: { value: '0.9' } });
    expect(store.getState().draft.classification.firmThreshold).toBe(0.9);
    // Out of range: not saved, and the problem names the field.
    fireEvent.change(screen.getByTestId('firm-threshold'), { target: { value: '1.5' } });
    expect(store.getState().status.kind).toBe('invalid');
    expect(screen.getByTestId('draft-problems').textContent).toContain('classification.firmThreshold');
  });

  it('edits who has a contract, refuses a requester that is neither an address nor a domain, and tries it on a ticket', async () => {
    const store = await renderOptions();
    fireEvent.change(screen.getByTestId('contract-requesters'), { target: { value: 'levi-law.co.il\nlevi law' } });
    expect(store.getState().status.kind).toBe('invalid');
    expect(screen.getByTestId('draft-problems').textContent).toContain('contracts.requesters[1]');
    fireEvent.change(screen.getByTestId('contract-requesters'), { target: { value: 'levi-law.co.il' } });
    expect(store.getState().draft.contracts.requesters).toEqual(['levi-law.co.il']);
    expect(store.getState().status.kind).toBe('pending');
    fireEvent.change(screen.getByTestId('contract-target-email'), { target: { value: '1' } });
    expect(store.getState().draft.sla.contract?.targets.email.amount).toBe(1);

    fireEvent.change(screen.getByTestId('try-body'), { target: { value: 'Outlook crashes on my laptop, webmail works fine.' } });
    expect(document.querySelector('[data-testid="try-result"] [data-testid="contract"]')).toBeNull();
    fireEvent.change(screen.getByTestId('try-email'), { target: { value: 'dana@levi-law.co.il' } });
    expect(document.querySelector('[data-testid="try-result"] [data-testid="contract"]')?.getAttribute('data-by')).toBe('requester');
    // 10:00 UTC plus the one 24/7 hour just set.
    expect(screen.getByTestId('try-due').getAttribute('data-due-at')).toBe('2026-03-01T11:00:00Z');
  });

  it('locks the contract rules the administrator set', async () => {
    await fakeBrowser.storage.managed.set({ settings: { contracts: { tags: ['premium'] } } });
    await renderOptions();
    const tags = screen.getByTestId('contract-tags') as HTMLTextAreaElement;
    expect(tags.value).toBe('premium');
    expect(tags.disabled).toBe(true);
    expect((screen.getByTestId('contract-requesters') as HTMLTextAreaElement).disabled).toBe(false);
  });

  it('adds a vendor, which then decides a ticket that names it; refuses a name another vendor has; edits and removes', async () => {
    const store = await renderOptions();
    const body = 'Our newsletters from Acme Mail stopped going out since yesterday. Can you check?';
    fireEvent.change(screen.getByTestId('try-body'), { target: { value: body } });
    const party = () => document.querySelector('[data-testid="try-result"] [data-testid="party"]')?.getAttribute('data-value');
    expect(party()).not.toBe('other_vendor');

    fireEvent.change(screen.getByTestId('vendor-new-names'), { target: { value: 'Acme Mail\nאקמה מייל' } });
    fireEvent.change(screen.getByTestId('vendor-new-party'), { target: { value: 'other_vendor' } });
    fireEvent.click(screen.getByTestId('vendor-add'));
    expect(screen.getByTestId('vendor-add-message').getAttribute('data-ok')).toBe('true');
    expect(store.getState().draft.classification.vendors.at(-1)).toEqual({ id: 'acme-mail', names: ['Acme Mail', 'אקמה מייל'], party: 'other_vendor' });
    expect(store.getState().status.kind).toBe('pending');
    expect(party()).toBe('other_vendor');

    fireEvent.change(screen.getByTestId('vendor-new-names'), { target: { value: 'acme   MAIL' } });
    fireEvent.click(screen.getByTestId('vendor-add'));
    expect(screen.getByTestId('vendor-add-message').textContent).toContain('already a name of Acme Mail');
    expect(store.getState().draft.classification.vendors.filter((v) => v.id.startsWith('acme'))).toHaveLength(1);

    fireEvent.change(screen.getByTestId('vendor-party-acme-mail'), { target: { value: 'web_developer' } });
    expect(store.getState().draft.classification.vendors.at(-1)!.party).toBe('web_developer');
    // An alias list emptied by hand is a problem with its path, not a silent loss.
    fireEvent.change(screen.getByTestId('vendor-names-acme-mail'), { target: { value: '' } });
    expect(screen.getByTestId('draft-problems').textContent).toContain('classification.vendors[acme-mail].names');
    fireEvent.click(screen.getByTestId('vendor-remove-acme-mail'));
    expect(store.getState().draft.classification.vendors.some((v) => v.id === 'acme-mail')).toBe(false);
  });

  it('locks the vendor directory the administrator set', async () => {
    await fakeBrowser.storage.managed.set({ settings: { classification: { vendors: [{ id: 'acme', names: ['Acme'], party: 'other_vendor' }] } } });
    await renderOptions();
    fireEvent.click(screen.getByTestId('vendor-edit-acme'));
    expect((screen.getByTestId('vendor-names-acme') as HTMLTextAreaElement).disabled).toBe(true);
    expect((screen.getByTestId('vendor-party-acme') as HTMLSelectElement).disabled).toBe(true);
    expect((screen.getByTestId('vendor-remove-acme') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('vendor-add') as HTMLButtonElement).closest('fieldset')!.disabled).toBe(true);
    expect(document.querySelector('#vendors [data-testid="locked"]')).not.toBeNull();
  });

  it('every form control has a label', async () => {
    await renderOptions();
    for (const control of document.querySelectorAll('input, textarea, select')) {
      const id = control.getAttribute('id');
      const labelled = control.getAttribute('aria-label') || (id && document.querySelector(`label[for="${CSS.escape(id)}"]`)) || control.closest('label');
      expect(labelled, control.outerHTML.slice(0, 120)).toBeTruthy();
    }
  });
});
