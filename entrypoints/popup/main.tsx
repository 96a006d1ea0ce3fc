import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { createSettingsStore } from '@/lib/store/settings';
import { uiLangFrom } from '@/lib/i18n/messages';
import { Popup, browserPopupActions } from '@/components/popup/Popup';
import '@/components/popup/popup.css';

const store = createSettingsStore({ lang: () => uiLangFrom(navigator.language) });
void store.getState().hydrate();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup store={store} actions={browserPopupActions()} browserLang={navigator.language} />
  </StrictMode>,
);
