import './noEval.js';
import { mount } from 'svelte';
import App from './App.svelte';
import './styles.css';

/** The dashboard: the default model, simulated in Web Workers, no server. */
export default mount(App, { target: document.getElementById('app')! });
