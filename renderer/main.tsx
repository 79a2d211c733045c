import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { sendBootRequests } from './app/bootRequests';
import './app/fonts.css';
import './app/tokens.css';
import './app/base.css';
import './app/print.css';

// Sent before the first render so the core answers while React and the fonts start.
sendBootRequests();

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
