import { createRoot } from 'react-dom/client';
import { HelpPage } from './app.tsx';

createRoot(document.getElementById('root')!).render(<HelpPage />);
