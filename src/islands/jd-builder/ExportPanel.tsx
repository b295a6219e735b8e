import { forwardRef, useState } from 'react';
import { toMarkdown, toPlainText, type JdDoc } from '#src/lib/job-descriptions/render.ts';
import { toHtml } from '#src/lib/job-descriptions/builder/to-html.ts';
import { downloadName } from '#src/lib/job-descriptions/builder/filename.ts';
import { copyText, saveFile } from './download';

interface Props {
  doc: JdDoc;
  /** The JobPosting snippet, complete with its script element. */
  snippet: string;
  nameParts: string[];
  /** Runs the checks; false (and the error summary shown) when something must be fixed first. */
  ensureValid: () => boolean;
  /** /jobs/post/ with the builder's fields carried in the address. */
  postHref: string;
}

type Format = 'text' | 'markdown' | 'html';
const FORMAT_LABEL: Record<Format, string> = {
  text: 'plain text',
  markdown: 'Markdown',
  html: 'HTML',
};
const render = (doc: JdDoc, f: Format) =>
  f === 'text' ? toPlainText(doc) : f === 'markdown' ? toMarkdown(doc) : toHtml(doc);

/** Copy buttons, downloads (.txt, .md, .docx) and the JobPosting structured data, with one visible status line. */
const ExportPanel = forwardRef<HTMLHeadingElement, Props>(function ExportPanel(
  { doc, snippet, nameParts, ensureValid, postHref },
  headingRef,
) {
  const [status, setStatus] = useState('');
  const say = (m: string) => setStatus(`${m} (${new Date().toLocaleTimeString('en-US')})`);

  const copy = async (what: string, text: string) => {
    if (!ensureValid()) return;
    say(
      (await copyText(text))
        ? `Copied ${what} to the clipboard.`
        : `Could not copy ${what}: your browser blocked the clipboard. Use a download instead.`,
    );
  };
  const download = async (ext: 'txt' | 'md' | 'docx') => {
    if (!ensureValid()) return;
    const name = downloadName(nameParts, ext);
    try {
      if (ext === 'docx') {
        say('Preparing the Word document…');
        const { toDocx, DOCX_TYPE } = await import('#src/lib/job-descriptions/builder/to-docx.ts');
        saveFile(await toDocx(doc), name, DOCX_TYPE);
      } else {
        saveFile(
          ext === 'txt' ? toPlainText(doc) : toMarkdown(doc),
          name,
          ext === 'txt' ? 'text/plain;charset=utf-8' : 'text/markdown;charset=utf-8',
        );
      }
      say(`Downloaded ${name}.`);
    } catch {
      say(`Could not create ${name}. Try again, or copy the text instead.`);
    }
  };

  return (
    <section className="jd-export" aria-labelledby="jd-export-heading">
      <h2 id="jd-export-heading" tabIndex={-1} ref={headingRef}>
        Copy or download your job description
      </h2>
      <p className="status" role="status" data-testid="export-status">
        {status}
      </p>
      <h3>Copy</h3>
      <div className="button-row">
        {(['text', 'markdown', 'html'] as Format[]).map((f) => (
          <button
            type="button"
            className="button button-secondary"
            key={f}
            onClick={() => copy(FORMAT_LABEL[f], render(doc, f))}
          >
            Copy as {FORMAT_LABEL[f]}
          </button>
        ))}
      </div>
      <h3>Download</h3>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => download('docx')}>
          Download Word (.docx)
        </button>
        <button type="button" className="button button-secondary" onClick={() => download('md')}>
          Download Markdown (.md)
        </button>
        <button type="button" className="button button-secondary" onClick={() => download('txt')}>
          Download plain text (.txt)
        </button>
      </div>
      <h3>Structured data for your job page</h3>
      <p className="prose">
        Paste this into the HTML of the page where you publish the job, so search engines can show
        it as a job listing. It uses schema.org’s JobPosting with the pay range, location and
        closing date above.
      </p>
      <pre
        className="snippet"
        tabIndex={0}
        aria-label="JobPosting structured data snippet"
        data-testid="jsonld-snippet"
      >
        <code>{snippet}</code>
      </pre>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => copy('the JobPosting snippet', snippet)}
        >
          Copy the JobPosting snippet
        </button>
      </div>
      <div className="prose eligibility">
        <p>
          <strong>Before you publish:</strong> Google requires a title, description, date posted,
          hiring organization and, for an on-site job, its location (with the country); for a fully
          remote job, the places applicants may live instead. It asks for as many address details as
          you can give, so add the job’s street address (<code>streetAddress</code>) and ZIP code (
          <code>postalCode</code>) to <code>jobLocation.address</code> for an on-site job, as this
          builder does not ask for them. See Google’s{' '}
          <a href="https://developers.google.com/search/docs/appearance/structured-data/job-posting">
            job posting structured data guidelines
          </a>
          , then check your published page with the{' '}
          <a href="https://search.google.com/test/rich-results">Rich Results Test</a>.
        </p>
      </div>
      <h3>Post it on this site’s job board</h3>
      <p className="prose">
        The “Post a job” page opens with everything above filled in: the title, employer, place,
        pay, license and the whole description. Add what the board needs that a description does not
        (such as the last day to apply), then send it for review.
      </p>
      <p>
        <a href={postHref} data-testid="send-to-board">
          Send to the job board
        </a>
      </p>
    </section>
  );
});
export default ExportPanel;
