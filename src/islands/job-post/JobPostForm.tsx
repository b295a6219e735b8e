import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import CheckboxField from '../forms/CheckboxField';
import ErrorSummary from '../forms/ErrorSummary';
import Fieldset from '../forms/Fieldset';
import SelectField from '../forms/SelectField';
import TextAreaField from '../forms/TextAreaField';
import TextField from '../forms/TextField';
import { errorsById, todayIso, type FieldError } from '#src/lib/forms/validate.ts';
import { emptyForm, FIELD_IDS as ID, type PostForm } from '#src/lib/jobs/post/form.ts';
import { postJobLink, type PostLink } from '#src/lib/jobs/post/issue-form.ts';
import { SETTING_OPTIONS, TYPE_OPTIONS } from '#src/lib/jobs/filter-options.ts';
import { US_STATES } from '#src/schemas/vocabulary/us-states.ts';
import { useDraft } from '../forms/useDraft';
import { POST_DRAFT } from '#src/lib/jobs/post/draft-spec.ts';
import { decodeHandoff } from '#src/lib/jobs/post/handoff.ts';
import YamlResult from './YamlResult';
import '../forms/forms.css';
import './job-post.css';

const STATE_OPTIONS = Object.entries(US_STATES)
  .sort((a, b) => a[1].localeCompare(b[1]))
  .map(([value, name]) => ({ value, label: name }));

let checker: Promise<typeof import('./checker')> | undefined;
/** The schema check and YAML writer, fetched once, on first use. */
const loadChecker = () => (checker ??= import('./checker'));

interface Props {
  /** The address (mailto:) postings can be sent to. */
  mailto: string;
  /** The site's repository, where the "Post a job" issue form lives. */
  repositoryUrl: string;
  /** The link to the file format section of the page. */
  formatHref: string;
}

/** The "post a job" form: checked with the jobs schema, it makes the posting's YAML file to copy or download. */
export default function JobPostForm({ mailto, repositoryUrl, formatHref }: Props) {
  // The server renders the form empty, without a date (the build's day is not the visitor's); useDraft puts in
  // today's date, a saved draft or the builder's values once the island runs in the browser.
  const [form, setForm] = useState<PostForm>(() => emptyForm(''));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [tried, setTried] = useState(false);
  const [focusKey, setFocusKey] = useState(0);
  const [result, setResult] = useState<{ id: string; yaml: string; link: PostLink } | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const { ready, origin, discard } = useDraft({
    spec: POST_DRAFT,
    parser: (p) => p.postDraftParser(todayIso()),
    value: form,
    setValue: setForm,
    // Values carried in the address (the builder's "Send to the job board") come first, in place of any saved
    // draft; the fragment is then removed so a reload does not bring them back over later edits.
    takeover: () => {
      const handed = decodeHandoff(location.hash);
      if (!handed) return undefined;
      history.replaceState(null, '', `${location.pathname}${location.search}`);
      return { ...emptyForm(todayIso()), ...handed };
    },
    fresh: () => emptyForm(todayIso()),
  });
  const restored = origin === 'draft';
  const fromBuilder = origin === 'handoff';

  const set =
    <K extends keyof PostForm>(key: K) =>
    (value: PostForm[K]) => {
      const next = { ...form, [key]: value };
      setForm(next);
      if (tried)
        void loadChecker().then(({ validatePost }) => setErrors(validatePost(next).errors));
    };
  const err = errorsById(errors);

  useEffect(() => {
    const heading = resultHeading.current;
    if (!result || !heading) return;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }, [result]);
  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const { validatePost, jobToYaml } = await loadChecker();
    const { job, errors: found } = validatePost(form);
    setTried(true);
    setErrors(found);
    if (found.length) {
      setResult(null);
      setFocusKey((k) => k + 1);
      return;
    }
    setResult({ id: String(job.id), yaml: jobToYaml(job), link: postJobLink(repositoryUrl, form) });
  };

  const startOver = () => {
    discard();
    setForm(emptyForm(todayIso()));
    setErrors([]);
    setTried(false);
    setResult(null);
  };

  return (
    <div className="job-post">
      {fromBuilder && (
        <p className="draft-note" data-testid="from-builder">
          Filled in from the job description builder. Check each field, add the last day to apply
          and how to apply if they are missing, then create the file.
        </p>
      )}
      {restored && (
        <p className="draft-note">
          We kept what you typed last time, in this browser only.{' '}
          <button type="button" className="button-link" onClick={startOver}>
            Clear the form
          </button>
        </p>
      )}
      <ErrorSummary errors={errors} focusKey={focusKey} />
      <form
        noValidate
        onSubmit={submit}
        onFocus={() => void loadChecker()}
        aria-label="Post a job"
        // Nothing in the form reacts until the island runs: inert, so nothing typed before then is lost.
        inert={!ready}
      >
        <h2>The job</h2>
        <TextField
          id={ID.title}
          label="Job title"
          hint="As you advertise it, for example Clinical Case Manager (LCSW)."
          error={err[ID.title]}
          value={form.title}
          onValue={set('title')}
          maxLength={120}
        />
        <TextField
          id={ID.employerName}
          label="Employer"
          hint="The organization that is hiring."
          error={err[ID.employerName]}
          value={form.employerName}
          onValue={set('employerName')}
          maxLength={120}
          autoComplete="organization"
        />
        <TextField
          id={ID.employerUrl}
          label="Employer website"
          optional
          hint="A full address starting with https://"
          error={err[ID.employerUrl]}
          value={form.employerUrl}
          onValue={set('employerUrl')}
          type="url"
          inputMode="url"
        />
        <SelectField
          id={ID.setting}
          label="Setting"
          error={err[ID.setting]}
          value={form.setting}
          onValue={set('setting')}
          options={SETTING_OPTIONS}
          placeholder="Choose a setting"
        />
        <SelectField
          id={ID.employmentType}
          label="Type of employment"
          error={err[ID.employmentType]}
          value={form.employmentType}
          onValue={set('employmentType')}
          options={TYPE_OPTIONS}
          placeholder="Choose a type"
        />

        <h2>Where</h2>
        <p className="field-hint">
          Give the city and state, check “Applicants can work remotely”, or both (for a hybrid job).
        </p>
        <TextField
          id={ID.city}
          label="City"
          optional
          hint="Needed unless the job is fully remote."
          error={err[ID.city]}
          value={form.city}
          onValue={set('city')}
          maxLength={80}
          className="narrow"
        />
        <SelectField
          id={ID.state}
          label="State"
          optional
          error={err[ID.state]}
          value={form.state}
          onValue={set('state')}
          options={STATE_OPTIONS}
          placeholder="Choose a state"
        />
        <CheckboxField
          id={ID.remote}
          label="Applicants can work remotely"
          checked={form.remote}
          onChecked={set('remote')}
        />
        {form.remote && (
          <Fieldset id="post-remote-where" legend="Where may remote staff live?">
            <div className="choice">
              <input
                type="radio"
                id="post-remote-where"
                name="remote-where"
                checked={form.remoteWhere === 'US'}
                onChange={() => set('remoteWhere')('US')}
              />
              <label htmlFor="post-remote-where">Anywhere in the United States</label>
            </div>
            <div className="choice">
              <input
                type="radio"
                id="post-remote-where-states"
                name="remote-where"
                checked={form.remoteWhere === 'states'}
                onChange={() => set('remoteWhere')('states')}
              />
              <label htmlFor="post-remote-where-states">Only in some states</label>
            </div>
            {form.remoteWhere === 'states' && (
              <TextField
                id={ID.remoteStates}
                label="States"
                hint="Two-letter codes separated by commas, for example MA, NH, RI."
                error={err[ID.remoteStates]}
                value={form.remoteStates}
                onValue={set('remoteStates')}
                className="narrow"
              />
            )}
          </Fieldset>
        )}

        <h2>
          Pay <span className="optional">(optional)</span>
        </h2>
        <p className="field-hint">
          In US dollars. Leave these empty if you do not publish pay, and leave the highest pay
          empty for a single figure.
        </p>
        <div className="pay-row">
          <TextField
            id={ID.payMin}
            label="Lowest pay"
            optional
            error={err[ID.payMin]}
            value={form.payMin}
            onValue={set('payMin')}
            inputMode="decimal"
            className="narrow"
          />
          <TextField
            id={ID.payMax}
            label="Highest pay"
            optional
            error={err[ID.payMax]}
            value={form.payMax}
            onValue={set('payMax')}
            inputMode="decimal"
            className="narrow"
          />
          <SelectField
            id={ID.payPer}
            label="Per"
            optional
            error={err[ID.payPer]}
            value={form.payPer}
            onValue={set('payPer')}
            options={[
              { value: 'hour', label: 'Per hour' },
              { value: 'year', label: 'Per year' },
            ]}
            placeholder="Choose"
          />
        </div>

        <h2>Requirements</h2>
        <TextField
          id={ID.licenses}
          label="Licenses required"
          optional
          hint="Their letters, separated by commas, for example LCSW, RN."
          error={err[ID.licenses]}
          value={form.licenses}
          onValue={set('licenses')}
        />
        <TextField
          id={ID.certifications}
          label="Certifications preferred"
          optional
          hint="For example CCM."
          error={err[ID.certifications]}
          value={form.certifications}
          onValue={set('certifications')}
        />
        <TextAreaField
          id={ID.description}
          label="Description"
          hint="At least 50 characters. Leave a blank line between paragraphs; start a line with a hyphen and a space for a list item. HTML is not shown."
          error={err[ID.description]}
          value={form.description}
          onValue={set('description')}
          rows={10}
          maxLength={20000}
        />

        <h2>Dates and how to apply</h2>
        <TextField
          id={ID.datePosted}
          label="Date posted"
          hint="The day the job was first advertised."
          error={err[ID.datePosted]}
          value={form.datePosted}
          onValue={set('datePosted')}
          type="date"
          className="narrow"
        />
        <TextField
          id={ID.validThrough}
          label="Last day to apply"
          hint="After this day the posting closes by itself."
          error={err[ID.validThrough]}
          value={form.validThrough}
          onValue={set('validThrough')}
          type="date"
          className="narrow"
        />
        <TextField
          id={ID.applyUrl}
          label="Link to apply"
          optional
          hint="Give a link, an email address, or both."
          error={err[ID.applyUrl]}
          value={form.applyUrl}
          onValue={set('applyUrl')}
          type="url"
          inputMode="url"
        />
        <TextField
          id={ID.applyEmail}
          label="Email to apply"
          optional
          error={err[ID.applyEmail]}
          value={form.applyEmail}
          onValue={set('applyEmail')}
          type="email"
          autoComplete="email"
        />

        <div className="button-row">
          <button type="submit" className="button">
            Create the file
          </button>
          <button type="button" className="button button-secondary" onClick={startOver}>
            Clear the form
          </button>
        </div>
      </form>
      {result && (
        <YamlResult
          headingRef={resultHeading}
          id={result.id}
          yaml={result.yaml}
          link={result.link}
          mailto={mailto}
          formatHref={formatHref}
        />
      )}
    </div>
  );
}
