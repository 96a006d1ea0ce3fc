// Both ends of a page-world insertion outside the page: the content script asks (requestPageInsert),
// the background runs it in the asking tab's frame (runPageInsert).
import { browser } from 'wxt/browser';
import {
  PAGE_INSERT_MESSAGE,
  pageInsertRequestOf,
  pageInsertResultOf,
  type PageInsertMessage,
  type PageInsertRequest,
  type PageInsertResult,
} from '../protocol/page-insert';
import { TARGET_ATTRIBUTE, pageWorldInsert } from './page-world';
import { pageWorldInsertCk4 } from './ckeditor4';

type WithoutTarget<T> = T extends unknown ? Omit<T, 'target' | 'child'> : never;

/** Mark the editable's parent, have the background run the insertion there, unmark it. */
export async function requestPageInsert(editable: HTMLElement, request: WithoutTarget<PageInsertRequest>): Promise<PageInsertResult> {
  const parent = editable.parentElement;
  if (!parent) return { ok: false, problem: 'not-ready' };
  const target = crypto.randomUUID();
  parent.setAttribute(TARGET_ATTRIBUTE, target);
  try {
    const child = Array.prototype.indexOf.call(parent.children, editable);
    const message: PageInsertMessage = { type: PAGE_INSERT_MESSAGE, request: { ...request, target, child } as PageInsertRequest };
    return pageInsertResultOf(await browser.runtime.sendMessage(message));
  } catch {
    return { ok: false, problem: 'refused' };
  } finally {
    parent.removeAttribute(TARGET_ATTRIBUTE);
  }
}

/**
 * The background's side: only messages from Gvul's own content scripts, run in the very frame
 * that sent them. Returns undefined for messages that are not page insertions.
 */
export function answerPageInsert(message: unknown, sender: { id?: string; tab?: { id?: number }; frameId?: number }): Promise<PageInsertResult> | undefined {
  const request = pageInsertRequestOf(message);
  const tabId = sender.tab?.id;
  if (!request || sender.id !== browser.runtime.id || tabId === undefined) return undefined;
  return browser.scripting
    .executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      world: 'MAIN',
      func: request.kind === 'ckeditor4' ? pageWorldInsertCk4 : pageWorldInsert,
      args: [request, TARGET_ATTRIBUTE],
    })
    .then(([frame]) => pageInsertResultOf(frame?.result))
    .catch((): PageInsertResult => ({ ok: false, problem: 'refused' }));
}
