// A synthetic `paste` carrying plain text, built so that both engines hand the text to the page:
// Chromium takes the standard `clipboardData` of the init dictionary; Gecko ignores it (the
// page would see an empty DataTransfer) and fills the event's own one from its non-standard
// `dataType`/`data` members. Only text/plain: editors then insert text, never markup.
export function plainTextPaste(text: string): ClipboardEvent {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  const init = { clipboardData, dataType: 'text/plain', data: text, bubbles: true, cancelable: true };
  return new ClipboardEvent('paste', init as ClipboardEventInit);
}
