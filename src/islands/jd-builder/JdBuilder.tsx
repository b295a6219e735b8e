import { useMemo, useRef, useState } from 'react';
import ErrorSummary from '../forms/ErrorSummary';
import TextAreaField from '../forms/TextAreaField';
import TextField from '../forms/TextField';
import JobFields from './JobFields';
import PayFields from './PayFields';
import LicenseFields from './LicenseFields';
import ItemList from './ItemList';
import Preview from './Preview';
import ExportPanel from './ExportPanel';
import ConfirmStartOver from './ConfirmStartOver';
import { useDraft } from '../forms/useDraft';
import { BUILDER_DRAFT } from '#src/lib/job-descriptions/builder/draft-spec.ts';
import { errorsById, todayIso, type FieldError } from '#src/lib/forms/validate.ts';
import {
  chooseState,
  initialState,
  switchVariant,
} from '#src/lib/job-descriptions/builder/defaults.ts';
import { builderToDoc } from '#src/lib/job-descriptions/builder/to-doc.ts';
import { builderToPostForm } from '#src/lib/job-descriptions/builder/to-post-form.ts';
import { encodeHandoff } from '#src/lib/jobs/post/handoff.ts';
import { withBase } from '#src/lib/paths.ts';
import { jobPosting, jobPostingSnippet } from '#src/lib/job-descriptions/builder/jsonld.ts';
import { FIELD_ID, validateBuilder } from '#src/lib/job-descriptions/builder/validation.ts';
import type {
  BuilderData,
  BuilderState,
  ListName,
} from '#src/lib/job-descriptions/builder/types.ts';
import '../forms/forms.css';
import './jd-builder.css';

interface Props {
  data: BuilderData;
}

/**
 * The job description builder: the form, a live preview, checks, copies, downloads and JobPosting structured data.
 * The server renders it with the general template (so the page paints the whole form at once and nothing moves
 * when the script arrives; the page hydrates it once the browser is idle, client:idle); the form stays inert
 * until the island has hydrated and read any saved draft (then `data-ready` appears), so nothing typed before
 * then is lost.
 */
export default function JdBuilder({ data }: Props) {
  const [s, setS] = useState<BuilderState>(() => initialState(data));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [showErrors, setShowErrors] = useState(false);
  const [focusKey, setFocusKey] = useState(0);
  const [exportOpen, setExportOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const exportHeading = useRef<HTMLHeadingElement>(null);
  const { ready, origin, discard } = useDraft({
    spec: BUILDER_DRAFT,
    parser: (p) => p.builderDraftParser(data),
    value: s,
    setValue: setS,
    saveDelay: 250,
  });
  const restored = origin === 'draft';

  const update = (next: BuilderState) => {
    setS(next);
    if (showErrors) setErrors(validateBuilder(next));
  };
  const set = (patch: Partial<BuilderState>) => update({ ...s, ...patch });
  const setList = (name: ListName) => (items: BuilderState[ListName]) => set({ [name]: items });
  const byId = errorsById(errors);
  const doc = useMemo(() => builderToDoc(s, data), [s, data]);
  const snippet = useMemo(
    () => jobPostingSnippet(jobPosting(s, data, doc, todayIso())),
    [s, data, doc],
  );

  const ensureValid = (): boolean => {
    const found = validateBuilder(s);
    setErrors(found);
    setShowErrors(true);
    if (found.length) {
      setFocusKey((k) => k + 1);
      return false;
    }
    return true;
  };
  const check = (e: { preventDefault: () => void }) => {
    e.preventDefault();
    if (!ensureValid()) return;
    setExportOpen(true);
    setTimeout(() => exportHeading.current?.focus(), 0);
  };
  const startOver = () => {
    discard();
    setS(initialState(data));
    setErrors([]);
    setShowErrors(false);
    setExportOpen(false);
    setAnnouncement('Draft discarded. The form is back to the general template.');
  };

  return (
    <div className="jd-builder" data-ready={ready ? 'true' : undefined} data-pagefind-ignore>
      <p className="draft-note">
        {restored ? 'We restored the draft saved in this browser. ' : ''}Your draft is saved in this
        browser as you type; nothing is sent to us.{' '}
        <a href="#jd-preview-heading">Go to the preview</a>
      </p>
      <ErrorSummary errors={errors} focusKey={focusKey} />
      <div className="builder-grid">
        <form
          noValidate
          onSubmit={check}
          aria-label="Job description builder"
          // Nothing in the form reacts until the builder is ready: inert, so nothing typed before then is lost.
          inert={!ready}
        >
          <h2>The job</h2>
          <JobFields
            s={s}
            data={data}
            errors={byId}
            set={set}
            onVariant={(id) =>
              update(
                switchVariant(
                  s,
                  data.variants.find((v) => v.id === id)!,
                ),
              )
            }
            onState={(code) =>
              update(
                chooseState(
                  s,
                  data.states.find((x) => x.code === code),
                ),
              )
            }
          />
          <h2>Pay</h2>
          <PayFields s={s} data={data} errors={byId} set={set} />
          <h2>License and certifications</h2>
          <LicenseFields s={s} data={data} set={set} />
          <h2>About the role</h2>
          <TextAreaField
            id="jd-summary"
            label="Summary"
            hint="Any “[Organization]” in the text is replaced with your organization’s name."
            rows={5}
            value={s.summary}
            onValue={(v) => set({ summary: v })}
          />
          <h2>Duties, qualifications and skills</h2>
          <ItemList
            name="duties"
            legend="Duties and responsibilities"
            noun="duty"
            hint="Uncheck the lines that do not fit the role."
            items={s.duties}
            onChange={setList('duties')}
            announce={setAnnouncement}
            error={byId[FIELD_ID.duties]}
          />
          <ItemList
            name="qualifications"
            legend="Qualifications"
            noun="qualification"
            items={s.qualifications}
            onChange={setList('qualifications')}
            announce={setAnnouncement}
          />
          <ItemList
            name="skills"
            legend="Skills"
            noun="skill"
            items={s.skills}
            onChange={setList('skills')}
            announce={setAnnouncement}
          />
          <h2>Working conditions and how to apply</h2>
          <TextAreaField
            id="jd-conditions"
            label="Working conditions"
            rows={3}
            value={s.workingConditions}
            onValue={(v) => set({ workingConditions: v })}
          />
          <TextAreaField
            id={FIELD_ID.howToApply}
            label="How to apply"
            hint="A web address, an email or the steps to follow."
            rows={3}
            value={s.howToApply}
            onValue={(v) => set({ howToApply: v })}
            error={byId[FIELD_ID.howToApply]}
          />
          <TextField
            id={FIELD_ID.closingDate}
            label="Closing date"
            optional
            type="date"
            className="narrow"
            value={s.closingDate}
            onValue={(v) => set({ closingDate: v })}
            error={byId[FIELD_ID.closingDate]}
          />
          <div className="button-row form-end">
            <button type="submit" id="jd-check" className="button">
              Check and export
            </button>
          </div>
          <ConfirmStartOver onConfirm={startOver} />
        </form>
        <section className="jd-preview" aria-labelledby="jd-preview-heading" tabIndex={0}>
          <h2 id="jd-preview-heading">Preview</h2>
          <Preview doc={doc} />
        </section>
      </div>
      {exportOpen && (
        <ExportPanel
          ref={exportHeading}
          doc={doc}
          snippet={snippet}
          nameParts={[doc.title, s.organization]}
          ensureValid={ensureValid}
          postHref={`${withBase('/jobs/post/')}${encodeHandoff(builderToPostForm(s, doc))}`}
        />
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="announcer">
        {announcement}
      </p>
    </div>
  );
}
