/** Entry of the agent console: served at /agent/, with the runtime's config.json one level up. */
import { render } from 'preact';
import { App } from './App';
import { consoleLanguage } from './language';

document.documentElement.lang = consoleLanguage;
render(<App />, document.getElementById('app')!);
