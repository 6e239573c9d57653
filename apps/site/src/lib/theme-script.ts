/**
 * Applies a stored theme before first paint, so the toggle never flashes. Kept as one string so
 * the page and the Content-Security-Policy hash (astro.config.mjs) are computed from the same text.
 */
export const THEME_SCRIPT =
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

/**
 * Folds the <details> just before it (the report's contents, the key findings in full) on screens
 * too narrow for the contents to sit beside the text, before they paint, so a phone reaches the
 * first chapter sooner. Without JavaScript they stay open.
 */
export const TOC_SCRIPT =
  "if(matchMedia('(max-width: 63.99rem)').matches)document.currentScript.previousElementSibling.open=false";
