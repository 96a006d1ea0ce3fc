import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import type { SettingsStore } from '@/lib/store/settings';
import { dirOf, uiLangFrom } from '@/lib/i18n/messages';
import type { Lang } from '@/lib/ticket';
import { OptionsContext, type OptionsContextValue } from './context';
import { SelectField, TextField } from './fields';
import { o, saveFailedText, type OptionsKey } from './messages';
import { PartiesSection, SignalsSection } from './PolicySection';
import { RepliesSection } from './RepliesSection';
import { ScheduleSection, SlaSection } from './SlaSection';
import { HelpdesksSection } from './HelpdesksSection';
import { ContractsSection } from './ContractsSection';
import { VendorsSection } from './VendorsSection';
import { TryTicket } from './TryTicket';
import { FileSection } from './FileSection';

const SECTIONS: [string, OptionsKey][] = [
  ['general', 'general.heading'],
  ['parties', 'parties.heading'],
  ['signals', 'signals.heading'],
  ['vendors', 'vendors.heading'],
  ['replies', 'replies.heading'],
  ['sla', 'sla.heading'],
  ['schedule', 'schedule.heading'],
  ['contracts', 'contracts.heading'],
  ['helpdesks', 'helpdesks.heading'],
  ['try', 'try.heading'],
  ['file', 'file.heading'],
];

export function Options({ store, browserLang, now = () => new Date() }: { store: SettingsStore; browserLang: string; now?: () => Date }) {
  const hydrated = useStore(store, (s) => s.hydrated);
  const draft = useStore(store, (s) => s.draft);
  const loaded = useStore(store, (s) => s.loaded);
  const edit = useStore(store, (s) => s.edit);
  const lang: Lang = draft.uiLang === 'auto' ? uiLangFrom(browserLang) : draft.uiLang;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = o(lang, 'options.title');
  }, [lang]);

  const ctx = useMemo<OptionsContextValue>(() => ({ lang, draft, locked: loaded?.locked ?? [], edit }), [lang, draft, loaded, edit]);
  const today = useMemo(() => now().toISOString().slice(0, 10), [now]);

  if (!hydrated) {
    return (
      <main className="gvul-options">
        <p role="status">{o(lang, 'options.loading')}</p>
      </main>
    );
  }

  return (
    <OptionsContext.Provider value={ctx}>
      <header className="gvul-options-header">
        <h1>{o(lang, 'options.title')}</h1>
        <SaveStatus store={store} lang={lang} />
      </header>
      <nav aria-label={o(lang, 'options.nav')} className="gvul-nav">
        <ul>
          {SECTIONS.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{o(lang, key)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="gvul-options">
        <section aria-labelledby="general-heading" id="general">
          <h2 id="general-heading">{o(lang, 'general.heading')}</h2>
          <div className="gvul-two">
            <SelectField
              label={o(lang, 'general.uiLang')}
              path={['uiLang']}
              testId="ui-lang"
              options={[
                { value: 'auto', label: o(lang, 'general.uiLang.auto') },
                { value: 'he', label: o(lang, 'general.uiLang.he') },
                { value: 'en', label: o(lang, 'general.uiLang.en') },
              ]}
            />
            <TextField label={o(lang, 'general.agentName')} path={['agentName']} testId="agent-name" />
          </div>
        </section>
        <PartiesSection />
        <SignalsSection />
        <VendorsSection />
        <RepliesSection />
        <SlaSection />
        <ScheduleSection today={today} />
        <ContractsSection />
        <HelpdesksSection />
        <TryTicket now={now} />
        <FileSection store={store} lang={lang} />
      </main>
    </OptionsContext.Provider>
  );
}

function SaveStatus({ store, lang }: { store: SettingsStore; lang: Lang }) {
  const status = useStore(store, (s) => s.status);
  const problems = useStore(store, (s) => s.problems);
  const loaded = useStore(store, (s) => s.loaded);
  let text = '';
  if (status.kind === 'pending') text = o(lang, 'status.saving');
  else if (status.kind === 'failed') text = saveFailedText(lang, status.error);
  else if (status.kind === 'invalid') text = o(lang, 'status.invalid');
  else if (status.kind === 'saved') {
    const out = status.outcome;
    text =
      out.where === 'sync'
        ? o(lang, 'status.saved.sync')
        : out.reason === 'sync-failed'
          ? o(lang, 'status.syncFailed', { error: out.error ?? '' })
          : o(lang, 'status.tooBig', { kb: (out.bytes / 1024).toFixed(1) });
  } else if (loaded?.where === 'local') text = o(lang, 'status.saved.local');
  return (
    <div className="gvul-status">
      <p role="status" data-testid="save-status" data-kind={status.kind}>
        {text}
      </p>
      {status.kind === 'invalid' && problems.length > 0 && (
        <ul className="gvul-error" data-testid="draft-problems" dir="ltr">
          {problems.slice(0, 10).map((p, i) => (
            <li key={i}>
              <code>{p.path}</code>: <span dir="auto">{p.problem}</span>
            </li>
          ))}
        </ul>
      )}
      {loaded && loaded.locked.length > 0 && (
        <p className="gvul-managed" data-testid="managed-note">
          🔒 {o(lang, 'managed.note')}
        </p>
      )}
      {loaded && loaded.problems.length > 0 && (
        <div className="gvul-error" role="alert">
          <strong>{o(lang, 'managed.problems')}</strong>
          {loaded.problems.map((p, i) => (
            <pre key={i} dir="ltr">
              {p}
            </pre>
          ))}
        </div>
      )}
    </div>
  );
}
