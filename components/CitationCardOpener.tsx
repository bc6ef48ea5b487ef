"use client";

import { useEffect } from "react";

const MARGIN = 8;

/**
 * Opens a citation's card (CitationCards) from its markers: next to the marker while a
 * mouse hovers it or the keyboard focuses it, as a sheet at the foot of the screen on a
 * tap. Renders nothing; without it a marker is still a link to its passage.
 */
export function CitationCardOpener() {
  useEffect(() => {
    let lastPointer = "mouse";
    let tooltip: HTMLElement | null = null;

    const markerOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLAnchorElement>("a[data-citation]") : null;
    const cardOf = (marker: HTMLElement) => document.getElementById(`cite-card-${marker.dataset.citation}`);

    function open(card: HTMLElement, placement: "tooltip" | "sheet"): void {
      card.dataset.placement = placement;
      card.style.left = card.style.top = "";
      if (!card.matches(":popover-open")) card.showPopover();
    }

    function showNextTo(marker: HTMLElement): void {
      const card = cardOf(marker);
      if (!card) return;
      if (tooltip && tooltip !== card) hideTooltip();
      open(card, "tooltip");
      tooltip = card;
      // Above the marker, or below it where there is no room; never off the screen's sides.
      const m = marker.getBoundingClientRect();
      const c = card.getBoundingClientRect();
      const left = Math.min(Math.max(MARGIN, m.left + m.width / 2 - c.width / 2), window.innerWidth - c.width - MARGIN);
      const top = m.top - c.height - MARGIN >= MARGIN ? m.top - c.height - MARGIN : m.bottom + MARGIN;
      card.style.left = `${Math.max(MARGIN, left)}px`;
      card.style.top = `${top}px`;
    }

    function hideTooltip(): void {
      if (tooltip?.dataset.placement === "tooltip" && tooltip.matches(":popover-open")) tooltip.hidePopover();
      tooltip = null;
    }

    const onPointerDown = (e: PointerEvent) => (lastPointer = e.pointerType);
    const onPointerOver = (e: PointerEvent) => {
      const marker = markerOf(e.target);
      if (marker && e.pointerType !== "touch") showNextTo(marker);
    };
    const onPointerOut = (e: PointerEvent) => {
      const marker = markerOf(e.target);
      if (marker && !marker.contains(e.relatedTarget as Node | null) && marker !== document.activeElement) hideTooltip();
    };
    const onFocusIn = (e: FocusEvent) => {
      const marker = markerOf(e.target);
      if (marker) showNextTo(marker);
    };
    const onFocusOut = (e: FocusEvent) => {
      if (markerOf(e.target)) hideTooltip();
    };
    const onClick = (e: MouseEvent) => {
      const marker = markerOf(e.target);
      if (marker && lastPointer === "touch") {
        // A tap shows the quote first; the card's own link goes on to the passage.
        const card = cardOf(marker);
        if (!card) return;
        e.preventDefault();
        tooltip = null;
        open(card, "sheet");
        return;
      }
      const link = e.target instanceof Element ? e.target.closest(".citation-link") : null;
      const card = link?.closest<HTMLElement>("[popover]");
      if (card?.matches(":popover-open")) card.hidePopover();
    };

    const listeners = [
      ["pointerdown", onPointerDown, true],
      ["pointerover", onPointerOver, false],
      ["pointerout", onPointerOut, false],
      ["focusin", onFocusIn, false],
      ["focusout", onFocusOut, false],
      ["click", onClick, false],
    ] as const;
    for (const [type, listener, capture] of listeners) document.addEventListener(type, listener as EventListener, capture);
    return () => {
      for (const [type, listener, capture] of listeners) document.removeEventListener(type, listener as EventListener, capture);
    };
  }, []);
  return null;
}
