import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { createSettingsStore } from '@/lib/store/settings';
import { uiLangFrom } from '@/lib/i18n/messages';
import { Options } from '@/components/options/Options';
import '@/components/shared/verdict.css';
import '@/components/options/options.css';

const browserLang = navigator.language;
const store = createSettingsStore({
  lang: () => {
    const chosen = store.getState().draft.uiLang;
    return chosen === 'auto' ? uiLangFrom(browserLang) : chosen;
  },
});
void store.getState().hydrate();
// An edit made just before the page closes is still saved.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void store.getState().flush();
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Options store={store} browserLang={browserLang} />
  </StrictMode>,
);
