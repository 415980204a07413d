'use client';

import { CopyIcon } from 'lucide-react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@/components/ui/dialog';

/** A secret the API shows once (an API key, a signing secret): copy it now, it is not shown again. */
export function SecretReveal({
  title,
  secret,
  onClose,
}: {
  title: string;
  secret: string | undefined;
  onClose: () => void;
}) {
  return (
    <Dialog open={!!secret} onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>
            Copy it now: it is shown only this once and cannot be read again.
          </DialogDescription>
        </DialogHeader>
        <div className="flex items-center gap-2">
          <code
            data-testid="secret-value"
            className="min-w-0 flex-1 rounded-md border bg-muted px-3 py-2 font-mono text-sm break-all"
          >
            {secret}
          </code>
          <Button
            variant="outline"
            size="icon"
            aria-label="Copy to the clipboard"
            onClick={() =>
              void navigator.clipboard
                ?.writeText(secret ?? '')
                .then(() => toast.success('Copied'))
                .catch(() => toast.error('Copy failed; select the text instead'))
            }
          >
            <CopyIcon aria-hidden />
          </Button>
        </div>
        <DialogFooter>
          <Button onClick={onClose}>I have stored it</Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
