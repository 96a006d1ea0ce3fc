import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';

function Popup() {
  return (
    <main style={{ minWidth: 260, padding: 12, fontFamily: 'system-ui, sans-serif' }}>
      <h1 style={{ fontSize: 16, margin: 0 }}>Gvul</h1>
      <p>Open a ticket in your helpdesk to see whose problem it is.</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup />
  </StrictMode>,
);
