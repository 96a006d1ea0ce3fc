import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { TicketWatcher, hashText } from '../../../lib/page/ticket-watcher';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup() {
  let page = { fingerprint: 'zendesk:1', value: '1' };
  const seen: string[] = [];
  const read = vi.fn(() => page);
  const watcher = new TicketWatcher({ read, onChange: (v: string) => seen.push(v), debounceMs: 50 });
  return { watcher, seen, read, show: (id: string) => (page = { fingerprint: `zendesk:${id}`, value: id }) };
}

test('tells the listener only about real changes', () => {
  const { watcher, seen, show } = setup();
  watcher.check();
  watcher.check();
  show('2');
  watcher.check();
  watcher.check();
  expect(seen).toEqual(['1', '2']);
});

test('a burst of mutations costs one read', () => {
  const { watcher, read, seen, show } = setup();
  watcher.check();
  show('3');
  for (let i = 0; i < 100; i++) watcher.schedule();
  expect(read).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(60);
  expect(read).toHaveBeenCalledTimes(2);
  expect(seen).toEqual(['1', '3']);
});

test('switching away and back is reported each time', () => {
  const { watcher, seen, show } = setup();
  for (const id of ['1', '2', '1', '2']) {
    show(id);
    watcher.check();
  }
  expect(seen).toEqual(['1', '2', '1', '2']);
});

test('stop cancels a scheduled read', () => {
  const { watcher, read } = setup();
  watcher.schedule();
  watcher.stop();
  vi.advanceTimersByTime(100);
  expect(read).not.toHaveBeenCalled();
});

test('hashText tells different texts apart and is stable', () => {
  expect(hashText('שלום')).toBe(hashText('שלום'));
  expect(hashText('a')).not.toBe(hashText('b'));
});
