// The options page rendered as the browser shows it, on a fresh settings store (fakeBrowser's storage).
import { act, render } from '@testing-library/react';
import { createSettingsStore } from '../../../lib/store/settings';
import { Options } from '../../../components/options/Options';

export async function renderOptions(browserLang = 'en-US') {
  const store = createSettingsStore({ lang: () => 'en', saveDelayMs: 5 });
  await act(() => store.getState().hydrate());
  render(<Options store={store} browserLang={browserLang} now={() => new Date('2026-03-01T10:00:00Z')} />);
  return store;
}
