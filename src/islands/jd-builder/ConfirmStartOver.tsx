import { useEffect, useRef, useState } from 'react';

/** "Start over" with an in-page confirmation: the question takes focus; "Cancel" returns focus to the button. */
export default function ConfirmStartOver({ onConfirm }: { onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (returnFocus) {
      button.current?.focus();
      // eslint-disable-next-line react-hooks/set-state-in-effect -- one reset after the focus has moved back
      setReturnFocus(false);
    }
  }, [asking, returnFocus]);
  return (
    <div className="start-over">
      {!asking && (
        <button
          type="button"
          ref={button}
          className="button button-secondary"
          onClick={() => setAsking(true)}
        >
          Start over
        </button>
      )}
      {asking && (
        <div className="confirm" role="group" aria-labelledby="jd-confirm-question">
          <p id="jd-confirm-question" tabIndex={-1} ref={question}>
            <strong>Discard your draft and start again from the template?</strong> Everything you
            have typed will be deleted from this browser. This cannot be undone.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button-danger"
              onClick={() => {
                setAsking(false);
                onConfirm();
                setReturnFocus(true);
              }}
            >
              Yes, discard my draft
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setAsking(false);
                setReturnFocus(true);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
