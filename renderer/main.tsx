import './lib/zod-setup'
import './styles/base.css'
import './styles/buttons.css'
import './styles/forms.css'
import './styles/feedback.css'
import './styles/page.css'
import { createRoot } from 'react-dom/client'
import { App } from './features/shell/app'

const root = document.getElementById('root')
// No StrictMode: its double-run effects would dispose the editor's autosaver on mount in development.
if (root) createRoot(root).render(<App />)
