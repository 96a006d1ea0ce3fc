// What a ticket can put into the agent's reply through the placeholders: only visible text, of
// a name's length, never a control that reorders or hides part of the reply.
import { describe, expect, test } from 'vitest';
import { DEFAULT_REPLIES } from '../../../lib/replies/templates';
import { MAX_PLACEHOLDER, renderReply } from '../../../lib/replies/render';
import { isCommand, isCommandMessage, COMMAND_MESSAGE } from '../../../lib/protocol/commands';
import type { Ticket } from '../../../lib/ticket';

const isp = DEFAULT_REPLIES.find((r) => r.id === 'isp')!;
const render = (name: string, subject = 'Mail') => {
  const ticket: Ticket = { id: '1', subject, body: '', requester: { name, email: 'a@b.example' } };
  return renderReply(isp, { ticket, lang: 'en', agentName: 'Avi' }).text;
};

describe('filled placeholders', () => {
  test.each([
    ['U+061C arabic letter mark', '\u061c'],
    ['U+2060 word joiner', '\u2060'],
    ['U+2061 function application', '\u2061'],
    ['U+2062 invisible times', '\u2062'],
    ['U+2063 invisible separator', '\u2063'],
    ['U+2064 invisible plus', '\u2064'],
    ['U+00AD soft hyphen', '\u00ad'],
    ['U+3164 hangul filler', '\u3164'],
    ['U+034F combining grapheme joiner', '\u034f'],
    ['U+202E right-to-left override', '\u202e'],
    ['U+2067 right-to-left isolate', '\u2067'],
    ['U+FEFF zero-width no-break space', '\ufeff'],
    ['U+FE0F variation selector', '\ufe0f'],
    ['U+E0041 tag letter', '\u{e0041}'],
  ])('%s never reaches the greeting', (_, char) => {
    const text = render(`Da${char}na Levi`);
    expect(text.startsWith('Hello Dana,')).toBe(true);
    expect(text).not.toContain(char);
  });

  test('a 20,000-character name is cut to a name\'s length', () => {
    const text = render(`${'D'.repeat(20_000)} Levi`);
    const greeting = text.split('\n')[0]!;
    expect(greeting.length).toBeLessThanOrEqual('Hello ,'.length + MAX_PLACEHOLDER);
    expect(greeting.endsWith('…,')).toBe(true);
    expect(text.length).toBeLessThan(2000);
  });

  test('Hebrew and an ordinary accented name go in as written', () => {
    expect(render('דנה לוי').startsWith('Hello דנה,')).toBe(true);
    expect(render('Zoë Ünal').startsWith('Hello Zoë,')).toBe(true);
  });
});

describe('keyboard command names', () => {
  test.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])('%s is not a command', (name) => {
    expect(isCommand(name)).toBe(false);
    expect(isCommandMessage({ type: COMMAND_MESSAGE, command: name })).toBe(false);
  });

  test('the declared commands are', () => {
    expect(isCommand('toggle-sidebar')).toBe(true);
    expect(isCommand('insert-top-reply')).toBe(true);
  });
});
