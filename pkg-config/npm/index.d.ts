// The npm package's entry: the widget's glue, with the quick exit built into mount().
import type { Widget } from './stalking_help_widget.js';

export { default, default as init, initSync, Widget } from './stalking_help_widget.js';
export type { InitInput, InitOutput, SyncInitInput } from './stalking_help_widget.js';

/**
 * Mounts a widget into `host`, configured from its `data-` attributes, with the quick exit (the
 * link, Shift pressed three times, the cover and the history replacement) ready first.
 * Throws (with a plain message) if the element already holds a widget.
 */
export function mount(host: Element): Widget;
