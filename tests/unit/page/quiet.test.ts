// @vitest-environment happy-dom
// Which page changes Gvul's watchers pass over: those inside the reply editor (with CKEditor's
// toolbar and balloons) and inside Gvul's own sidebar, never those in the ticket's conversation.
import { expect, test } from 'vitest';
import { quietMutation } from '../../../lib/page/quiet';

function changes(html: string, act: (doc: Document) => void): MutationRecord[] {
  document.body.innerHTML = html;
  const observer = new MutationObserver(() => {});
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
  act(document);
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

const PAGE = `
  <div class="log"><article><div class="message">My mail bounces.</div></article></div>
  <div class="ck ck-reset ck-editor"><div class="ck-toolbar"><button class="ck ck-button ck-disabled">Undo</button></div>
    <div class="ck-editor__main"><div class="ck-editor__editable" contenteditable="true"><p>Hello</p></div></div></div>
  <textarea id="plain"></textarea>
  <gvul-sidebar><span>verdict</span></gvul-sidebar>`;

test('typing a reply, its toolbar and balloons, and the sidebar are quiet', () => {
  const records = changes(PAGE, (doc) => {
    doc.querySelector('[contenteditable] p')!.append(' there');
    doc.querySelector('.ck-button')!.className = 'ck ck-button ck-off';
    doc.querySelector('#plain')!.append('typed');
    doc.querySelector('gvul-sidebar span')!.textContent = 'changed';
    const balloons = doc.createElement('div');
    balloons.className = 'ck-body-wrapper';
    doc.body.append(balloons);
  });
  expect(records.length).toBeGreaterThanOrEqual(5);
  expect(records.filter((r) => !quietMutation(r))).toEqual([]);
});

test('a change in the conversation, a new message or a panel shown is not quiet', () => {
  for (const act of [
    (doc: Document) => doc.querySelector('.message')!.append(' Since 10:00.'),
    (doc: Document) => doc.querySelector('.log')!.append(doc.createElement('article')),
    (doc: Document) => doc.querySelector('.log')!.setAttribute('hidden', ''),
    // A message added together with a balloon: the message counts.
    (doc: Document) => {
      const balloons = doc.createElement('div');
      balloons.className = 'ck-body-wrapper';
      doc.body.append(balloons, doc.createElement('article'));
    },
  ]) {
    const records = changes(PAGE, act);
    expect(records.some((r) => !quietMutation(r))).toBe(true);
  }
});
