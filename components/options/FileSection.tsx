import { useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { SettingsStore } from '@/lib/store/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { exportSettingsFile, parseSettingsFile, settingsFileName } from '@/lib/settings/file';
import type { SettingsProblem } from '@/lib/settings/schema';
import type { Lang } from '@/lib/ticket';
import { o, saveFailedText } from './messages';

type Message = { ok: true; text: string } | { ok: false; text: string; problems: SettingsProblem[] };

export function FileSection({ store, lang }: { store: SettingsStore; lang: Lang }) {
  const loaded = useStore(store, (s) => s.loaded);
  const [message, setMessage] = useState<Message | null>(null);
  const [confirming, setConfirming] = useState(false);
  const fileId = useId();
  const resetButton = useRef<HTMLButtonElement>(null);

  const exportFile = () => {
    if (!loaded) return;
    const url = URL.createObjectURL(new Blob([exportSettingsFile(loaded.settings)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = settingsFileName();
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const importFile = async (file: File) => {
    const current = store.getState().loaded?.own ?? DEFAULT_SETTINGS;
    const parsed = parseSettingsFile(await file.text(), current, lang);
    if (!parsed.ok) {
      setMessage({ ok: false, text: o(lang, 'file.importFailed', { name: file.name }), problems: parsed.problems });
      return;
    }
    const outcome = await store.getState().replace(parsed.value);
    setMessage(outcome ? { ok: true, text: o(lang, 'file.imported', { name: file.name }) } : { ok: false, text: saveFailedText(lang, failure()), problems: [] });
  };

  const failure = () => {
    const status = store.getState().status;
    return status.kind === 'failed' ? status.error : '';
  };

  const reset = async () => {
    setConfirming(false);
    const own = store.getState().loaded?.own ?? DEFAULT_SETTINGS;
    const outcome = await store.getState().replace({ ...DEFAULT_SETTINGS, uiLang: own.uiLang, agentName: own.agentName });
    setMessage(outcome ? { ok: true, text: o(lang, 'file.resetDone') } : { ok: false, text: saveFailedText(lang, failure()), problems: [] });
    resetButton.current?.focus();
  };

  return (
    <section aria-labelledby="file-heading" id="file">
      <h2 id="file-heading">{o(lang, 'file.heading')}</h2>
      <div className="gvul-actions">
        <button type="button" data-testid="export" onClick={exportFile}>
          {o(lang, 'file.export')}
        </button>
        <span className="gvul-field">
          <label htmlFor={fileId}>{o(lang, 'file.import')}</label>
          <input
            id={fileId}
            type="file"
            accept="application/json,.json"
            data-testid="import"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </span>
        <button type="button" ref={resetButton} data-testid="reset" onClick={() => setConfirming(true)}>
          {o(lang, 'file.reset')}
        </button>
      </div>
      {confirming && (
        <div role="alertdialog" aria-labelledby="reset-question" className="gvul-confirm" data-testid="reset-confirm">
          <p id="reset-question">{o(lang, 'file.resetConfirm')}</p>
          <button type="button" data-testid="reset-yes" onClick={() => void reset()} autoFocus>
            {o(lang, 'file.resetYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {o(lang, 'file.resetNo')}
          </button>
        </div>
      )}
      {message && (
        <div role={message.ok ? 'status' : 'alert'} data-testid="import-result" data-ok={message.ok} className={message.ok ? 'gvul-ok' : 'gvul-error'}>
          <p>{message.text}</p>
          {!message.ok && message.problems.length > 0 && (
            <ul dir="ltr">
              {message.problems.slice(0, 20).map((p, i) => (
                <li key={i}>
                  <code>{p.path}</code>: <span dir="auto">{p.problem}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
