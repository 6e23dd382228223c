/**
 * Interface text in one place, read through `t('key')`, so wording is
 * consistent and another office (or language) can change it in one file.
 */
const en = {
  'skip.main': 'Skip to main content',
  'nav.label': 'Main',
  'search.label': 'Search the portal',
  'search.button': 'Search',
  'breadcrumb.label': 'Breadcrumb',
  'breadcrumb.home': 'Home',
  'footer.accessibility': 'Accessibility statement',
  'footer.contact': 'Contact the office',
  'footer.licence': 'All content is available under the Open Government Licence v3.0, except where otherwise stated.',
  'withheld.heading': 'Withheld from publication',
  'sources.heading': 'Sources',
  'caveats.heading': 'Notes on the source papers',
} as const;

export type UiKey = keyof typeof en;

/** The interface text for a key. */
export function t(key: UiKey): string {
  return en[key];
}
