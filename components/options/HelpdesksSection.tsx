import { useState } from 'react';
import { SELECTOR_FIELDS, compileMatchPattern, testCustomSelectors, type CustomHelpdeskConfig, type SelectorCheck } from '@/lib/adapters';
import { SELECTOR_FIELD_NAMES, selectorCheckText } from '@/lib/i18n/problems';
import { originPatterns } from '@/lib/helpdesk-hosts';
import { customHelpdeskPatterns, requestTrackerHelpdesk } from '@/lib/settings/custom-helpdesks';
import { useOptions } from './context';
import { SelectField, TextField } from './fields';
import { o } from './messages';

type TestResult = { kind: 'rows'; url: string; rows: SelectorCheck[] } | { kind: 'message'; text: string };

/**
 * What each selector finds on the newest open tab of the helpdesk. Access to the host is asked
 * for first (the click is the user gesture the browser requires); the tab's page is copied into
 * memory here, read with the same code as the sidebar, and dropped: nothing is stored.
 */
async function testOnOpenTab(config: CustomHelpdeskConfig, lang: 'he' | 'en'): Promise<TestResult> {
  if (!compileMatchPattern(config.hostPattern)) return { kind: 'message', text: o(lang, 'helpdesks.badPattern') };
  const origins = originPatterns([config.hostPattern]);
  const granted = await browser.permissions.request({ origins });
  if (!granted) return { kind: 'message', text: o(lang, 'helpdesks.denied', { origins: origins.join(', ') }) };
  const tabs = await browser.tabs.query({ url: config.hostPattern });
  const tab = tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  if (tab?.id === undefined) return { kind: 'message', text: o(lang, 'helpdesks.noTab', { pattern: config.hostPattern }) };
  const [injection] = await browser.scripting.executeScript({
    target: { tabId: tab.id },
    func: () => ({ html: document.documentElement.outerHTML, url: location.href }),
  });
  const page = injection?.result as { html: string; url: string } | undefined;
  if (!page) return { kind: 'message', text: o(lang, 'helpdesks.noTab', { pattern: config.hostPattern }) };
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  return { kind: 'rows', url: page.url, rows: testCustomSelectors(config, doc, new URL(page.url)) };
}

/**
 * Request Tracker at the address the agent typed: Gvul asks for that host only (the click is the
 * user gesture the browser requires), then adds the entry; the background registers Gvul there.
 */
async function addRequestTracker(address: string, list: CustomHelpdeskConfig[], lang: 'he' | 'en') {
  const entry = requestTrackerHelpdesk(address, list.map((c) => c.id));
  if (typeof entry === 'string') return { error: o(lang, 'helpdesks.rt.bad', { address }) };
  const origins = customHelpdeskPatterns([entry]).origins;
  const granted = await browser.permissions.request({ origins });
  if (!granted) return { error: o(lang, 'helpdesks.denied', { origins: origins.join(', ') }) };
  return { entry };
}

function newHelpdesk(n: number): CustomHelpdeskConfig {
  return {
    id: `helpdesk-${n}`,
    name: `Helpdesk ${n}`,
    hostPattern: 'https://help.example.com/*',
    ticketIdFrom: 'url',
    selectors: { subject: 'h1', messages: '.message', editor: 'textarea' },
  };
}

export function HelpdesksSection() {
  const { lang, draft, set, locked } = useOptions();
  const [results, setResults] = useState<Record<string, TestResult | 'testing'>>({});
  const [rtAddress, setRtAddress] = useState('');
  const [rtError, setRtError] = useState<string | undefined>();
  const list = draft.customHelpdesks;
  const listLocked = locked(['customHelpdesks']);
  return (
    <section aria-labelledby="helpdesks-heading" id="helpdesks">
      <h2 id="helpdesks-heading">{o(lang, 'helpdesks.heading')}</h2>
      <p className="gvul-intro">{o(lang, 'helpdesks.intro')}</p>
      {list.map((config, i) => {
        const result = results[config.id];
        return (
          <fieldset key={i} className="gvul-box" data-testid="custom-helpdesk">
            <legend>{config.name || config.id}</legend>
            <div className="gvul-two">
              <TextField label={o(lang, 'helpdesks.name')} path={['customHelpdesks', i, 'name']} />
              <TextField label={o(lang, 'helpdesks.hostPattern')} path={['customHelpdesks', i, 'hostPattern']} dir="ltr" />
              <SelectField
                label={o(lang, 'helpdesks.ticketIdFrom')}
                path={['customHelpdesks', i, 'ticketIdFrom']}
                options={[
                  { value: 'url', label: o(lang, 'helpdesks.ticketIdFrom.url') },
                  { value: 'selector', label: o(lang, 'helpdesks.ticketIdFrom.selector') },
                ]}
              />
              <TextField label={o(lang, 'helpdesks.ticketIdPattern')} path={['customHelpdesks', i, 'ticketIdPattern']} dir="ltr" />
              {SELECTOR_FIELDS.map((field) => (
                <TextField
                  key={field}
                  label={o(lang, 'helpdesks.selector', { field: SELECTOR_FIELD_NAMES[lang][field] })}
                  path={['customHelpdesks', i, 'selectors', field]}
                  dir="ltr"
                />
              ))}
            </div>
            <div className="gvul-actions">
              <button
                type="button"
                onClick={() => {
                  setResults((r) => ({ ...r, [config.id]: 'testing' }));
                  testOnOpenTab(config, lang)
                    .catch((e: unknown) => ({ kind: 'message' as const, text: e instanceof Error ? e.message : String(e) }))
                    .then((r) => setResults((all) => ({ ...all, [config.id]: r })));
                }}
              >
                {o(lang, 'helpdesks.test')}
              </button>
              <button type="button" disabled={listLocked} onClick={() => set(['customHelpdesks'], list.filter((_, j) => j !== i))}>
                {o(lang, 'helpdesks.remove', { name: config.name || config.id })}
              </button>
            </div>
            <div role="status" data-testid="selector-test">
              {result === 'testing' && <p>{o(lang, 'helpdesks.testing')}</p>}
              {result && result !== 'testing' && result.kind === 'message' && <p className="gvul-error">{result.text}</p>}
              {result && result !== 'testing' && result.kind === 'rows' && (
                <>
                  <p>{o(lang, 'helpdesks.tested', { url: result.url })}</p>
                  <ul dir="ltr">
                    {result.rows.map((row) => (
                      <li key={row.field} className={row.problem || row.found === 0 ? 'gvul-error' : undefined}>
                        <code>{row.field}</code> <code>{row.selector}</code>:{' '}
                        {row.problem
                          ? o(lang, 'helpdesks.error', { error: selectorCheckText(lang, row.problem) })
                          : row.found === 0
                            ? o(lang, 'helpdesks.nothing')
                            : o(lang, 'helpdesks.found', { n: row.found })}
                        {row.sample && <q dir="auto"> {row.sample}</q>}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        disabled={listLocked}
        data-testid="add-helpdesk"
        onClick={() => {
          let n = list.length + 1;
          while (list.some((c) => c.id === `helpdesk-${n}`)) n++;
          set(['customHelpdesks'], [...list, newHelpdesk(n)]);
        }}
      >
        {o(lang, 'helpdesks.add')}
      </button>
      <form
        className="gvul-rt-add"
        onSubmit={(event) => {
          event.preventDefault();
          void addRequestTracker(rtAddress, list, lang).then(({ entry, error }) => {
            setRtError(error);
            if (entry) {
              set(['customHelpdesks'], [...list, entry]);
              setRtAddress('');
            }
          });
        }}
      >
        <label>
          {o(lang, 'helpdesks.rt.address')}{' '}
          <input
            type="url"
            dir="ltr"
            data-testid="rt-address"
            placeholder="https://rt.example.com/rt"
            value={rtAddress}
            disabled={listLocked}
            onChange={(e) => setRtAddress(e.target.value)}
          />
        </label>{' '}
        <button type="submit" disabled={listLocked || !rtAddress.trim()} data-testid="add-request-tracker">
          {o(lang, 'helpdesks.rt.add')}
        </button>
        {rtError && (
          <p className="gvul-error" role="alert">
            {rtError}
          </p>
        )}
      </form>
    </section>
  );
}
