'use client';

import { Toaster as Sonner, type ToasterProps } from 'sonner';

function Toaster(props: ToasterProps) {
  return (
    <Sonner
      className="toaster group"
      position="bottom-right"
      richColors
      closeButton
      style={
        {
          '--normal-bg': 'var(--popover)',
          '--normal-text': 'var(--popover-foreground)',
          '--normal-border': 'var(--border)',
          // rich colours with text dark enough for WCAG AA on their tinted backgrounds
          '--success-text': 'hsl(140, 100%, 20%)',
          '--error-text': 'hsl(360, 90%, 34%)',
          '--warning-text': 'hsl(31, 92%, 28%)',
          '--info-text': 'hsl(210, 92%, 36%)',
        } as React.CSSProperties
      }
      {...props}
    />
  );
}

export { Toaster };
