import type { ThemeName } from './teams-host';

/** Switches the page's colour variables (see styles.css) to a Teams theme. */
export function applyTheme(theme: ThemeName): void {
  document.documentElement.dataset['theme'] = theme;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]');
  if (meta) {
    meta.content = theme === 'default' ? 'light' : 'dark';
  }
}
