import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { App } from './ui/App.tsx';
import { registerServiceWorker } from './ui/service-worker.ts';
import './ui/styles.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html lacks the #root element');

// As a transition, the first render yields to the browser every few milliseconds instead of
// running as one long task: on a slow phone that long task was most of the blocking time.
startTransition(() => {
  createRoot(container).render(
    <StrictMode>
      <HashRouter>
        <App />
      </HashRouter>
    </StrictMode>,
  );
});

registerServiceWorker();
