import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<p>Lower leg anatomy viewer — loading…</p>);
