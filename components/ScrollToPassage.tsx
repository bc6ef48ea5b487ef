"use client";

import { useEffect } from "react";

/**
 * Scrolls to the passage named in the URL (#cite-n) once the page is in place. The
 * browser does this by itself only when the passage is in the first chunk of HTML; a
 * page streamed behind its loading state arrives later, so the browser gives up.
 */
export function ScrollToPassage() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id.startsWith("cite-")) return;
    const passage = document.getElementById(id);
    if (!passage) return;
    const { top, bottom } = passage.getBoundingClientRect();
    if (bottom < 0 || top > window.innerHeight) passage.scrollIntoView({ block: "center" });
  }, []);
  return null;
}
