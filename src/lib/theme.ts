/**
 * The theme choice: 'light', 'dark' or 'system' (follow the OS), stored in localStorage under this key
 * and applied as `data-theme` on <html>. The head script below runs before first paint, so no page
 * flashes in the wrong theme; its hash goes into the Content-Security-Policy (see astro.config.mjs).
 */
export const themeStorageKey = 'theme';
export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const themeInitScript = `try{var t=localStorage.getItem("${themeStorageKey}");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
