import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { SettingsStore } from '@/lib/store/settings';
import { TAB_STATUS_REQUEST, type TabStatus } from '@/lib/protocol/tab-status';
import { setSiteDisabled } from '@/lib/settings/storage';
import { dirOf, t, uiLangFrom } from '@/lib/i18n/messages';
import { readReasonText } from '@/lib/i18n/problems';
import { verdictHeadline } from '@/lib/i18n/verdict';
import { p } from './messages';
import type { Lang } from '@/lib/ticket';

export interface PopupActions {
  /** The content script's answer for the tab, or null when Gvul does not run there. */
  status(): Promise<TabStatus | null>;
  openOptions(): void;
}

/** The tab the popup reports on: the active one (or `?tab=<id>`, which the tests use). */
export function browserPopupActions(): PopupActions {
  const tabId = async () => {
    const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
    if (fromQuery) return fromQuery;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  };
  return {
    async status() {
      const id = await tabId();
      if (id === undefined) return null;
      try {
        return ((await browser.tabs.sendMessage(id, { type: TAB_STATUS_REQUEST })) as TabStatus | undefined) ?? null;
      } catch {
        return null; // no content script in the tab: not a helpdesk page Gvul runs on
      }
    },
    openOptions() {
      void browser.runtime.openOptionsPage();
      window.close();
    },
  };
}

export function Popup({ store, actions, browserLang }: { store: SettingsStore; actions: PopupActions; browserLang: string }) {
  const hydrated = useStore(store, (s) => s.hydrated);
  const settings = useStore(store, (s) => s.loaded?.settings);
  const lang: Lang = !settings || settings.uiLang === 'auto' ? uiLangFrom(browserLang) : settings.uiLang;
  const [status, setStatus] = useState<TabStatus | null | undefined>(undefined);
  // The switch moves at once; the tab's own answer follows.
  const [switching, setSwitching] = useState<boolean | null>(null);

  useEffect(() => {
    let live = true;
    void actions.status().then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
  }, [actions]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = p(lang, 'popup.title');
  }, [lang]);

  const toggle = async (site: string, on: boolean) => {
    setSwitching(on);
    await setSiteDisabled(site, !on);
    // The content script re-reads the page on the change; ask again once it has.
    setTimeout(
      () =>
        void actions.status().then((s) => {
          setStatus(s);
          setSwitching(null);
        }),
      300,
    );
  };
  const on = switching ?? status?.kind !== 'off';

  return (
    <main className="gvul-popup" data-testid="popup">
      <h1>{p(lang, 'popup.title')}</h1>
      <div role="status" data-testid="popup-status" data-kind={status === undefined ? 'loading' : (status?.kind ?? 'no-page')}>
        {status === undefined || !hydrated || !settings ? (
          <p>{p(lang, 'popup.loading')}</p>
        ) : (
          <StatusText status={status} lang={lang} policy={settings.classification} />
        )}
      </div>
      {status && (
        <label className="gvul-switch">
          <input
            type="checkbox"
            role="switch"
            data-testid="site-switch"
            checked={on}
            aria-checked={on}
            onChange={(e) => void toggle(status.site, e.target.checked)}
          />
          <span>{p(lang, 'popup.switch', { site: status.site })}</span>
        </label>
      )}
      <p>
        <a
          href="/options.html"
          target="_blank"
          data-testid="open-options"
          onClick={(e) => {
            e.preventDefault();
            actions.openOptions();
          }}
        >
          {p(lang, 'popup.options')}
        </a>
      </p>
    </main>
  );
}

function StatusText({
  status,
  lang,
  policy,
}: {
  status: TabStatus | null;
  lang: Lang;
  policy: Parameters<typeof verdictHeadline>[0];
}) {
  if (!status) return <p>{p(lang, 'popup.noPage')}</p>;
  switch (status.kind) {
    case 'off':
      return <p>{p(lang, 'popup.off', { site: status.site })}</p>;
    case 'not-helpdesk':
      return <p>{p(lang, 'popup.notHelpdesk')}</p>;
    case 'no-ticket':
      return (
        <p>
          {p(lang, 'popup.recognised', { helpdesk: status.helpdesk })} {p(lang, 'popup.noTicket')}
        </p>
      );
    case 'unreadable':
      return (
        <p>
          {p(lang, 'popup.recognised', { helpdesk: status.helpdesk })} {p(lang, 'popup.unreadable', { reason: readReasonText(lang, status.reason) })}
        </p>
      );
    case 'ticket': {
      const v = status.verdict;
      return (
        <>
          <p>
            {p(lang, 'popup.recognised', { helpdesk: status.helpdesk })} {p(lang, 'popup.ticket', { id: status.ticketId })}
          </p>
          <p className={`gvul-verdict-line gvul-owner-${v.owner}`} data-testid="popup-verdict" data-party={v.party}>
            <strong>{p(lang, 'popup.verdict')}:</strong> {verdictHeadline(policy, v.party, lang, v.certainty)}
            {v.overridden && ` · ${p(lang, 'popup.overridden')}`}
            {v.confidence !== undefined && ` · ${p(lang, 'popup.confidence', { pct: Math.round(v.confidence * 100) })}`}
          </p>
          {status.contract && (
            <p className="gvul-contract-line" data-testid="popup-contract">
              {t(lang, 'verdict.contract')}
            </p>
          )}
        </>
      );
    }
  }
}
