/**
 * Applies a stored theme before first paint, so the toggle never flashes. Kept as one string so
 * the page and the Content-Security-Policy hash (astro.config.mjs) are computed from the same text.
 */
export const THEME_SCRIPT =
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
