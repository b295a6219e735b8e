import { useState, type RefObject } from 'react';
import { copyText, saveFile } from '../jd-builder/download';

interface Props {
  headingRef: RefObject<HTMLHeadingElement | null>;
  id: string;
  yaml: string;
  mailto: string;
  formatHref: string;
}

/** The finished file: shown, copied or downloaded, with the steps to send it in and what happens next. */
export default function YamlResult({ headingRef, id, yaml, mailto, formatHref }: Props) {
  const [status, setStatus] = useState('');
  const file = `${id}.yaml`;
  const address = mailto.replace(/^mailto:/, '');
  const mailHref = `${mailto}?subject=${encodeURIComponent(`Job posting: ${file}`)}`;
  return (
    <section
      className="yaml-result"
      aria-labelledby="post-result-heading"
      data-testid="yaml-result"
    >
      <h2 id="post-result-heading" ref={headingRef} tabIndex={-1}>
        Your posting file is ready
      </h2>
      <p>
        File name: <code>{file}</code>. If you change the form, select “Create the file” again.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          onClick={() => saveFile(yaml, file, 'application/yaml')}
        >
          Download the file
        </button>
        <button
          type="button"
          onClick={async () =>
            setStatus(
              (await copyText(yaml))
                ? 'Copied the file to the clipboard.'
                : 'Copying did not work in this browser: select the text below and copy it.',
            )
          }
        >
          Copy the file
        </button>
      </div>
      <p className="copy-status" aria-live="polite" data-testid="copy-status">
        {status}
      </p>
      <pre className="yaml-text" tabIndex={0} aria-label={`Contents of ${file}`}>
        <code>{yaml}</code>
      </pre>
      <h3>How to send it</h3>
      <ol>
        <li>
          Download the file, or copy its text into a file named <code>{file}</code>.
        </li>
        <li>
          Send it in one of two ways: open a pull request that adds it to the{' '}
          <code>content/jobs/</code> folder of the site’s repository, or email it as an attachment
          to <a href={mailHref}>{address}</a>.
        </li>
        <li>
          Keep the file: to change the posting later, edit it and send it again with the same name.
        </li>
      </ol>
      <h3>What happens next</h3>
      <ol>
        <li>
          A reviewer checks the posting against the <a href={formatHref}>file format</a> and may ask
          you questions.
        </li>
        <li>Once accepted, it appears on the job board after the next build of the site.</li>
        <li>It closes by itself after the last day to apply; you do not need to remove it.</li>
      </ol>
    </section>
  );
}
