// @vitest-environment happy-dom
// The options form takes its limits and its words for a bad value from the settings schema: what
// the form lets through is what an import accepts, and a bad value reads as an import would say it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkSettings, schemaAt, type SettingsProblem } from '../../../lib/settings/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/defaults';
import { ID_PATTERN, MAX_ID_CHARS, MAX_MINUTES_LEFT, MAX_TARGET, MAX_WEIGHT } from '../../../lib/policy/schema';
import { renderOptions } from './render';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);


const change = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

/** What an import of the default settings changed by `edit` says at the path ending in `suffix`. */
function importSays(edit: (s: Settings) => void, suffix: string): SettingsProblem {
  const settings = structuredClone(DEFAULT_SETTINGS);
  edit(settings);
  const r = checkSettings(settings, 'en');
  const problem = r.ok ? undefined : r.problems.find((p) => p.path.endsWith(suffix));
  if (!problem) throw new Error(`the import finds nothing at ${suffix}: ${JSON.stringify(r)}`);
  return problem;
}

const accepts = (path: (string | number)[], value: unknown) => v.safeParse(schemaAt(path)!, value).success;

describe('the options form and the settings schema', () => {
  it("the new signal's weight field spans exactly the weights the schema accepts", async () => {
    const store = await renderOptions();
    const weight = screen.getByTestId('signal-new-weight') as HTMLInputElement;
    const path = ['classification', 'signals', 0, 'parties', 'provider'];
    expect(Number(weight.max)).toBe(MAX_WEIGHT);
    expect(Number(weight.min)).toBe(-MAX_WEIGHT);
    expect(accepts(path, Number(weight.max))).toBe(true);
    expect(accepts(path, Number(weight.min))).toBe(true);
    expect(accepts(path, Number(weight.max) + 0.01)).toBe(false);
    expect(accepts(path, Number(weight.min) - 0.01)).toBe(false);

    // Beyond the range: the import's words for the same weight.
    change('signal-new-id', 'scope.too-heavy');
    change('signal-new-phrases-en', 'zorblax');
    change('signal-new-weight', String(MAX_WEIGHT + 1));
    fireEvent.click(screen.getByTestId('signal-add'));
    const said = importSays(
      (s) => s.classification.signals.push({ id: 'x', phrases: { he: [], en: ['z'] }, parties: { provider: MAX_WEIGHT + 1 }, clause: 'c' }),
      '.parties.provider',
    );
    expect(screen.getByTestId('signal-add-message').textContent).toBe(`parties.provider: ${said.problem}`);
    store.getState().stop();
  });

  it("number fields take their range from the schema's piece for their path", async () => {
    const store = await renderOptions();
    const range = (testId: string) => {
      const input = screen.getByTestId(testId) as HTMLInputElement;
      return { min: Number(input.min), max: Number(input.max) };
    };
    expect(range('warning-minutes')).toEqual({ min: 0, max: MAX_MINUTES_LEFT });
    expect(range('abstain-threshold')).toEqual({ min: 0, max: 1 });
    expect(range('target-technical-email')).toEqual({ min: 0, max: MAX_TARGET });
    for (const [path, { min, max }] of [
      [['sla', 'warning', 'minutesLeft'], range('warning-minutes')],
      [['classification', 'abstainThreshold'], range('abstain-threshold')],
    ] as const) {
      expect(accepts([...path], max)).toBe(true);
      expect(accepts([...path], max + 1)).toBe(false);
      expect(accepts([...path], min - 1)).toBe(false);
    }
    store.getState().stop();
  });

  it("the new signal's id field carries the schema's one id pattern", async () => {
    const store = await renderOptions();
    const id = screen.getByTestId('signal-new-id') as HTMLInputElement;
    expect(id.getAttribute('pattern')).toBe(ID_PATTERN.source);
    expect(id.maxLength).toBe(MAX_ID_CHARS);
    // The browser's reading of the attribute (the `v` flag, anchored) agrees with the schema on every kind of id.
    const html = new RegExp(`^(?:${id.getAttribute('pattern')})$`, 'v');
    for (const sample of ['scope.zorblax', 'a-b', 'x'.repeat(MAX_ID_CHARS), 'x'.repeat(MAX_ID_CHARS + 1), 'Bad', 'a_b', 'a b', '']) {
      expect(html.test(sample), sample).toBe(accepts(['classification', 'signals', 0, 'id'], sample));
      expect(accepts(['classification', 'vendors', 0, 'id'], sample), sample).toBe(accepts(['classification', 'signals', 0, 'id'], sample));
    }
    store.getState().stop();
  });

  it('a bad value in a field shows, at the field, the problem an import of it reports', async () => {
    const store = await renderOptions();
    const field = screen.getByTestId('party-name-provider-en');
    expect(field.getAttribute('aria-invalid')).toBeNull();
    change('party-name-provider-en', '   ');
    const said = importSays((s) => (s.classification.parties.find((p) => p.id === 'provider')!.name.en = '   '), '.name.en');
    const shown = document.getElementById(field.getAttribute('aria-describedby')!);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(shown?.textContent).toBe(said.problem);
    expect(said.problem).toBe('must not be empty');

    const tooLong = 'x'.repeat(101);
    change('agent-name', tooLong);
    const agent = screen.getByTestId('agent-name');
    expect(document.getElementById(agent.getAttribute('aria-describedby')!)?.textContent).toBe(
      importSays((s) => (s.agentName = tooLong), 'agentName').problem,
    );
    // Fixed, the message goes.
    change('agent-name', 'Dana');
    expect(agent.getAttribute('aria-invalid')).toBeNull();
    store.getState().stop();
  });

  it("a new vendor's bad name reads as an import would say it", async () => {
    const store = await renderOptions();
    change('vendor-new-names', 'Acme\n***');
    fireEvent.click(screen.getByTestId('vendor-add'));
    const said = importSays(
      (s) => s.classification.vendors.push({ id: 'acme', names: ['Acme', '***'], party: 'other_vendor' }),
      '.names[1]',
    );
    expect(screen.getByTestId('vendor-add-message').textContent).toBe(`names[1]: ${said.problem}`);
    expect(store.getState().draft.classification.vendors.some((x) => x.names.includes('***'))).toBe(false);
    store.getState().stop();
  });
});
