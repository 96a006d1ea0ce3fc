// @vitest-environment happy-dom
// A save the browser refuses (quota, sync off) is said in words, even when the browser gives none.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSettingsStore } from '../../../lib/store/settings';
import { loadSettings, watchSettings } from '../../../lib/settings/storage';
import { Options } from '../../../components/options/Options';
import { exportSettingsFile } from '../../../lib/settings/file';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

async function renderRefusing(error: unknown) {
  const store = createSettingsStore({
    lang: () => 'en',
    saveDelayMs: 5,
    io: { load: loadSettings, watch: watchSettings, save: () => Promise.reject(error) },
  });
  await act(() => store.getState().hydrate());
  render(<Options store={store} browserLang="en-US" now={() => new Date('2026-03-01T10:00:00Z')} />);
  return store;
}

it('an edit the browser refuses without a reason says what happened and that the edit is kept', async () => {
  const store = await renderRefusing(new Error(''));
  fireEvent.change(screen.getByTestId('abstain-threshold'), { target: { value: '0.7' } });
  await waitFor(() => expect(screen.getByTestId('save-status').dataset.kind).toBe('failed'), { timeout: 10_000 });
  expect(screen.getByTestId('save-status').textContent).toBe(
    'Could not save: the browser refused to store the settings. Your edits are still here; try again.',
  );
  expect(store.getState().dirty).toBe(true);
});

it('the browser\'s own reason is shown when it gives one', async () => {
  await renderRefusing(new Error('QUOTA_BYTES quota exceeded.'));
  fireEvent.change(screen.getByTestId('abstain-threshold'), { target: { value: '0.7' } });
  await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Could not save: QUOTA_BYTES quota exceeded. Your edits are still here; try again.'), { timeout: 10_000 });
});

it('an import the browser refuses to store says so instead of an empty message', async () => {
  await renderRefusing({});
  const file = new File([exportSettingsFile(DEFAULT_SETTINGS)], 'team.json', { type: 'application/json' });
  fireEvent.change(screen.getByTestId('import'), { target: { files: [file] } });
  await waitFor(() => expect(screen.getByTestId('import-result').dataset.ok).toBe('false'), { timeout: 10_000 });
  expect(screen.getByTestId('import-result').textContent).toContain('Could not save: the browser refused to store the settings.');
});
