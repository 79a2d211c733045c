import { useState } from 'react';
import { JourneyIcon } from './JourneyIcon';
import { AddToMapDialog } from './AddToMapDialog';
import { useJourneyT } from './useJourneyT';

/** The evidence card's way onto a journey map. */
export function AddToMapButton({ highlightId, quote }: { highlightId: string; quote: string }) {
  const jt = useJourneyT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn btn-small" data-testid="journey-add-to-map-open" onClick={() => setOpen(true)}>
        <JourneyIcon name="route" />
        {jt('journey.addToMap')}
      </button>
      {open && <AddToMapDialog highlightId={highlightId} quote={quote} onClose={() => setOpen(false)} />}
    </>
  );
}
