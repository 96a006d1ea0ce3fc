// Tickets the end-to-end tests open through the demo's `openTicket` hook. Ids are numeric, as
// in the real helpdesks (the adapters read only helpdesk-shaped ids).
export function e2eTicket(id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    subject: `Switch test ${id}`,
    body: 'Since this morning no mailbox in the office receives mail, webmail too.',
    channel: 'email',
    createdAt: new Date(Date.now() - 30 * 60_000).toISOString(),
    requester: { name: 'Dana Levi', email: 'dana@example.com' },
    ...over,
  };
}
