import { useLayoutEffect, useRef, useState } from 'react';
import { usePageActive } from '../navigation/page-active.ts';

const carriesFiles = (event: DragEvent): boolean =>
  event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Files dropped anywhere on the page are read; the browser must never open a dropped log
 * instead, which would throw away everything on screen. Returns whether a drag is over the page.
 */
export function usePageFileDrop(onFiles: (files: File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onFiles);
  const active = useRef(true);
  const pageActive = usePageActive();
  useLayoutEffect(() => {
    latest.current = onFiles;
    active.current = pageActive;
  }, [onFiles, pageActive]);

  // Attached as the page is committed, not after it is painted: a file dropped on what the user
  // can already see must be taken.
  useLayoutEffect(() => {
    let depth = 0;
    // A page kept alive behind another takes no drops: the page on screen decides.
    const carriesFilesHere = (event: DragEvent) => active.current && carriesFiles(event);
    const enter = (event: DragEvent) => {
      if (!carriesFilesHere(event)) return;
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFilesHere(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFilesHere(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFilesHere(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) latest.current(files);
    };
    document.addEventListener('dragenter', enter);
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragenter', enter);
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, []);

  return dragging;
}
