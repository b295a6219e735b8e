import { useState, type RefObject } from 'react';
import { copyText, saveFile } from '../jd-builder/download';
import { YAML_FIELD_LABEL, type PostLink } from '#src/lib/jobs/post/issue-form.ts';

interface Props {
  headingRef: RefObject<HTMLHeadingElement | null>;
  id: string;
  yaml: string;
  /** The GitHub "Post a job" form, filled in, or (too long for a link) empty, for the file to be pasted. */
  link: PostLink;
  mailto: string;
  formatHref: string;
}

/** The finished file: shown, copied or downloaded, with the steps to send it in and what happens next. */
export default function YamlResult({ headingRef, id, yaml, link, mailto, formatHref }: Props) {
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
          className="button"
          onClick={() => saveFile(yaml, file, 'application/yaml')}
        >
          Download the file
        </button>
        <button
          type="button"
          className="button button-secondary"
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
      {link.kind === 'prefilled' ? (
        <ol>
          <li>
            <a href={link.url} className="send-link" data-testid="send-github">
              Open the “Post a job” form on GitHub, filled in with this posting
            </a>{' '}
            (you need a free GitHub account).
          </li>
          <li>
            Check the answers there and select “Create”. An automatic check replies within minutes.
          </li>
        </ol>
      ) : (
        <ol>
          <li>
            This posting is too long to fill in through a link. Copy the file with the button above.
          </li>
          <li>
            <a href={link.url} className="send-link" data-testid="send-github">
              Open the “Post a job” form on GitHub
            </a>{' '}
            (you need a free GitHub account), paste the file into its last box, “{YAML_FIELD_LABEL}
            ”, leave the other boxes empty, and select “Create”.
          </li>
        </ol>
      )}
      <p>
        Without a GitHub account, download the file and email it as an attachment to{' '}
        <a href={mailHref}>{address}</a>, or open a pull request that adds it to the{' '}
        <code>content/jobs/</code> folder of the site’s repository.
      </p>
      <h3>Keep the file</h3>
      <ol>
        <li>
          Download the file, or copy its text into a file named <code>{file}</code>.
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
