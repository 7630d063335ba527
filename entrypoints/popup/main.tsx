import { createRoot } from 'react-dom/client';

function Popup() {
  return <main aria-label="Agent Assist">Agent Assist</main>;
}

createRoot(document.getElementById('root')!).render(<Popup />);
