// A host app as the README tells single-page apps to write it: no other import, no other call.
import init, { mount } from 'stalking-help-widget';

await init();
const widget = mount(document.querySelector('#help'));
window.hostApp = { widget, ready: true };
