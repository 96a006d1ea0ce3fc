import { useState } from 'react';
import type { Lang } from '@/lib/ticket';
import { t } from '@/lib/i18n/messages';

/**
 * Asks for the agent's name once, where neither the options page nor the helpdesk page gives it:
 * replies are signed with it. Saved to the agent's settings, after which this is not shown again.
 */
export function AgentNamePrompt({ lang, onSave }: { lang: Lang; onSave(name: string): Promise<void> }) {
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  return (
    <form
      className="gvul-card gvul-agent-name"
      data-testid="agent-name-prompt"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return;
        setSaving(true);
        void onSave(name).finally(() => setSaving(false));
      }}
    >
      <label>
        <span>{t(lang, 'agent.ask')}</span>
        <input data-testid="agent-name-input" value={name} maxLength={100} dir="auto" onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="submit" data-testid="agent-name-save" disabled={!name.trim() || saving}>
        {t(lang, 'agent.save')}
      </button>
    </form>
  );
}
