import { useId, useState, type FormEvent } from 'react';
import { PARTIES, type Party } from '@/lib/policy/labels';
import { VendorSchema, type Vendor } from '@/lib/policy/schema';
import { checkPart, problemsText } from '@/lib/settings/schema';
import { partyName } from '@/lib/i18n/verdict';
import { useOptions } from './context';
import { FormOutcome, LinesField, Locked, SelectField, parseLines } from './fields';
import { o } from './messages';

const PATH = ['classification', 'vendors'];

const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

/** A vendor id from its first Latin name ("Acme Mail" → "acme-mail"), unique in the directory. */
function newVendorId(names: string[], taken: Set<string>): string {
  const latin = names.map((n) => n.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60)).find(Boolean);
  const base = latin || 'vendor';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The vendor directory: named companies, their aliases, and the party each points to. */
export function VendorsSection() {
  const { draft, lang, set, lockedWithin } = useOptions();
  const vendors = draft.classification.vendors;
  const directoryLocked = lockedWithin(PATH);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setEditing((e) => {
      const next = new Set(e);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const filterId = useId();
  const wanted = fold(filter);
  const partyOptions = PARTIES.filter((p) => p !== 'unknown').map((p) => ({ value: p, label: partyName(draft.classification, p, lang) }));
  return (
    <section aria-labelledby="vendors-heading" id="vendors">
      <h2 id="vendors-heading">
        {o(lang, 'vendors.heading')} <Locked path={PATH} />
      </h2>
      <p className="gvul-intro">{o(lang, 'vendors.intro')}</p>
      <div className="gvul-field">
        <label htmlFor={filterId}>{o(lang, 'vendors.filter')}</label>
        <input id={filterId} type="search" dir="auto" value={filter} data-testid="vendor-filter" onChange={(e) => setFilter(e.target.value)} />
      </div>
      <p className="gvul-muted" role="status">
        {o(lang, 'vendors.count', { count: vendors.length })}
      </p>
      <ul className="gvul-vendors">
        {vendors.map((vendor, i) => {
          if (wanted && !vendor.names.some((n) => fold(n).includes(wanted)) && !vendor.id.includes(wanted)) return null;
          const name = vendor.names[0] ?? vendor.id;
          const open = editing.has(vendor.id);
          return (
            <li key={vendor.id} className="gvul-vendor" data-testid={`vendor-${vendor.id}`} data-party={vendor.party}>
              <div className="gvul-row">
                <span dir="auto">{vendor.names.join(' · ')}</span>
                <span className="gvul-muted">→ {partyName(draft.classification, vendor.party, lang)}</span>
                <button
                  type="button"
                  aria-expanded={open}
                  data-testid={`vendor-edit-${vendor.id}`}
                  onClick={() => toggle(vendor.id)}
                >
                  {o(lang, open ? 'vendors.close' : 'vendors.edit', { vendor: name })}
                </button>
              </div>
              {/* Only the vendors being edited carry form controls: the directory has hundreds of names. */}
              {open && (
                <div className="gvul-box">
                  <div className="gvul-two">
                    <LinesField
                      label={o(lang, 'vendors.names', { vendor: name })}
                      path={[...PATH, i, 'names']}
                      dir="auto"
                      rows={Math.min(Math.max(vendor.names.length, 2), 6)}
                      testId={`vendor-names-${vendor.id}`}
                    />
                    <SelectField
                      label={o(lang, 'vendors.party', { vendor: name })}
                      path={[...PATH, i, 'party']}
                      options={partyOptions}
                      testId={`vendor-party-${vendor.id}`}
                    />
                  </div>
                  <button
                    type="button"
                    disabled={directoryLocked}
                    data-testid={`vendor-remove-${vendor.id}`}
                    onClick={() => set(PATH, vendors.filter((v) => v.id !== vendor.id))}
                  >
                    {o(lang, 'vendors.remove', { vendor: name })}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <AddVendorForm locked={directoryLocked} partyOptions={partyOptions} onAdded={(id) => setEditing((e) => new Set(e).add(id))} />
    </section>
  );
}

function AddVendorForm({
  locked,
  partyOptions,
  onAdded,
}: {
  locked: boolean;
  partyOptions: { value: Party; label: string }[];
  /** Opens the new vendor for editing. */
  onAdded: (id: string) => void;
}) {
  const { draft, lang, set } = useOptions();
  const vendors = draft.classification.vendors;
  const uid = useId();
  const [names, setNames] = useState('');
  const [party, setParty] = useState<Party>('other_vendor');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  /** The new vendor as the settings schema checks it (the same words an import would give), then against the directory. */
  const checked = (list: string[]): { ok: true; vendor: Vendor } | { ok: false; text: string } => {
    const r = checkPart(VendorSchema, { id: newVendorId(list, new Set(vendors.map((v) => v.id))), names: list, party }, lang);
    if (!r.ok) return { ok: false, text: problemsText(r.problems, 1) };
    for (const name of list) {
      const owner = vendors.find((v) => v.names.some((n) => fold(n) === fold(name)));
      if (owner) return { ok: false, text: o(lang, 'vendors.add.taken', { name, vendor: owner.names[0] ?? owner.id }) };
    }
    return { ok: true, vendor: r.value };
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (locked) return;
    const list = parseLines(names);
    const r = checked(list);
    if (!r.ok) {
      setMessage({ ok: false, text: r.text });
      return;
    }
    const { vendor } = r;
    set(PATH, [...vendors, vendor]);
    onAdded(vendor.id);
    setMessage({ ok: true, text: o(lang, 'vendors.add.done', { vendor: list[0]!, party: partyOptions.find((p) => p.value === party)?.label ?? party }) });
    setNames('');
  };

  const field = (name: string) => `${uid}-${name}`;
  return (
    <form className="gvul-box" onSubmit={submit} aria-labelledby={field('legend')} data-testid="vendor-add-form" noValidate>
      <fieldset disabled={locked}>
        <legend id={field('legend')}>
          {o(lang, 'vendors.add.heading')} <Locked path={PATH} />
        </legend>
        <div className="gvul-two">
          <div className="gvul-field">
            <label htmlFor={field('names')}>{o(lang, 'vendors.add.names')}</label>
            <textarea
              id={field('names')}
              rows={3}
              dir="auto"
              value={names}
              aria-invalid={message !== null && !message.ok ? true : undefined}
              aria-describedby={field('message')}
              data-testid="vendor-new-names"
              onChange={(e) => setNames(e.target.value)}
            />
          </div>
          <div className="gvul-field">
            <label htmlFor={field('party')}>{o(lang, 'vendors.add.party')}</label>
            <select id={field('party')} value={party} data-testid="vendor-new-party" onChange={(e) => setParty(e.target.value as Party)}>
              {partyOptions.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" data-testid="vendor-add">
          {o(lang, 'vendors.add.submit')}
        </button>
      </fieldset>
      <FormOutcome id={field('message')} testId="vendor-add-message" message={message} />
    </form>
  );
}
