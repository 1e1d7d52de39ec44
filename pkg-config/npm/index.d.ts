// The npm package's entry: the widget's glue, with the quick exit built into mount().
import type { Widget } from './stalking_help_widget.js';

export { default, default as init, initSync, Widget } from './stalking_help_widget.js';
export type { InitInput, InitOutput, SyncInitInput } from './stalking_help_widget.js';

/**
 * Mounts a widget into `host`, configured from its `data-` attributes, with the quick exit (the
 * link, Shift pressed three times, the cover and the history replacement) ready first.
 * Throws (with a plain message) if the element already holds a widget.
 */
export function mount(host: Element, options?: MountOptions): Widget;

/** A language other than English, and the languages to offer. */
export interface MountOptions {
  /**
   * A built-in language's file as it is in `lang/` (`lang/cy.HASH.json`, fetched by you): its
   * `lang`, `dir` and `texts` in the catalogue's order.
   */
  catalogue?: { lang: string; dir?: 'ltr' | 'rtl'; texts: (string | null)[] };
  /** The languages offered, as [tag, name]: a switch shows when there are several. */
  languages?: [string, string][];
  /** Called with the tag the visitor chose; mount again with that language's catalogue. */
  onLanguage?: (tag: string) => void;
}
