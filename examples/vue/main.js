import { createHelpApp } from './app.js';

createHelpApp().mount('#app');
