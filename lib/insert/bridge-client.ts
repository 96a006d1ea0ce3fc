// The content script's side of the page-world bridge (see bridge-protocol.ts): mark the target
// editable, send the request as a DOM event, wait for the answer.
import type { InsertOutcome } from '.';
import { INSERT_EVENT, INSERTED_EVENT, TARGET_ATTRIBUTE, parseResponse, type InsertRequest } from './bridge-protocol';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

let requestCounter = 0;

export function requestBridgeInsert(
  editable: HTMLElement,
  request: DistributiveOmit<InsertRequest, 'requestId'>,
): Promise<InsertOutcome> {
  const doc = editable.ownerDocument;
  const requestId = `r${Date.now().toString(36)}${(requestCounter++).toString(36)}`;
  const full = { requestId, ...request } as InsertRequest;
  return new Promise((resolve) => {
    const done = (outcome: InsertOutcome) => {
      clearTimeout(timer);
      doc.removeEventListener(INSERTED_EVENT, onReply);
      editable.removeAttribute(TARGET_ATTRIBUTE);
      resolve(outcome);
    };
    const onReply = (event: Event) => {
      const response = parseResponse((event as CustomEvent<unknown>).detail);
      if (response?.requestId !== requestId) return;
      done(response.ok ? { ok: true } : { ok: false, problem: response.problem ?? { code: 'editor-refused' } });
    };
    // The bridge answers synchronously; silence means it was never injected (or the page blocks it).
    const timer = setTimeout(() => done({ ok: false, problem: { code: 'no-bridge' } }), 2000);
    doc.addEventListener(INSERTED_EVENT, onReply);
    editable.setAttribute(TARGET_ATTRIBUTE, requestId);
    // A string detail: it crosses Firefox's Xray boundary as it is (an object would not).
    doc.dispatchEvent(new CustomEvent(INSERT_EVENT, { detail: JSON.stringify(full) }));
  });
}
