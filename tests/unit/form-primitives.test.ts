import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import TextField from '#src/islands/forms/TextField.tsx';
import SelectField from '#src/islands/forms/SelectField.tsx';
import TextAreaField from '#src/islands/forms/TextAreaField.tsx';
import CheckboxField from '#src/islands/forms/CheckboxField.tsx';
import Fieldset from '#src/islands/forms/Fieldset.tsx';
import ErrorSummary from '#src/islands/forms/ErrorSummary.tsx';

const noop = () => {};
const render = (el: ReturnType<typeof h>) => load(renderToStaticMarkup(el));

describe('form fields', () => {
  it('label a text input, mark it optional and tie the hint to it', () => {
    const $ = render(
      h(TextField, {
        id: 'org',
        label: 'Organization',
        hint: 'As applicants know it',
        optional: true,
        value: 'x',
        onValue: noop,
      }),
    );
    expect($('label[for="org"]').text()).toBe('Organization (optional)');
    expect($('#org').attr('aria-describedby')).toBe('org-hint');
    expect($('#org').attr('aria-invalid')).toBeUndefined();
    expect($('#org-hint').text()).toBe('As applicants know it');
  });
  it('show an error next to the field, described by hint then error, and mark it invalid', () => {
    const $ = render(
      h(TextField, {
        id: 'org',
        label: 'Organization',
        hint: 'h',
        error: 'Enter the organization',
        value: '',
        onValue: noop,
      }),
    );
    expect($('#org').attr('aria-describedby')).toBe('org-hint org-error');
    expect($('#org').attr('aria-invalid')).toBe('true');
    expect($('#org-error').text()).toBe('Error: Enter the organization');
    expect($('.field').hasClass('has-error')).toBe(true);
  });
  it('render selects with a placeholder option and textareas with errors', () => {
    const $s = render(
      h(SelectField, {
        id: 's',
        label: 'State',
        placeholder: 'Choose',
        value: 'MA',
        onValue: noop,
        options: [{ value: 'MA', label: 'Massachusetts' }],
      }),
    );
    expect(
      $s('option')
        .map((_, o) => $s(o).text())
        .get(),
    ).toEqual(['Choose', 'Massachusetts']);
    const $t = render(
      h(TextAreaField, {
        id: 't',
        label: 'How to apply',
        error: 'Say how to apply',
        value: '',
        onValue: noop,
      }),
    );
    expect($t('textarea#t').attr('aria-describedby')).toBe('t-error');
  });
  it('put a checkbox label beside the box', () => {
    const $ = render(
      h(CheckboxField, {
        id: 'c',
        label: 'Remote',
        hint: 'Work from home',
        checked: true,
        onChecked: noop,
      }),
    );
    expect($('input#c[type=checkbox]').attr('checked')).toBeDefined();
    expect($('label[for="c"]').text()).toBe('Remote');
    expect($('#c').attr('aria-describedby')).toBe('c-hint');
  });
  it('group controls under a legend with the error described', () => {
    const $ = render(
      h(Fieldset, {
        id: 'g',
        legend: 'Pay period',
        error: 'Choose one',
        children: h('input', { type: 'radio', id: 'g' }),
      }),
    );
    expect($('legend').text()).toBe('Pay period');
    expect($('fieldset').attr('aria-describedby')).toBe('g-error');
  });
  it('keep hostile text inert', () => {
    const html = renderToStaticMarkup(
      h(TextField, {
        id: 'x',
        label: '<script>alert(1)</script>',
        value: '"><img src=x onerror=alert(1)>',
        onValue: noop,
      }),
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
  });
});

describe('error summary', () => {
  it('says there is a problem and links to each field', () => {
    const $ = render(
      h(ErrorSummary, {
        focusKey: 1,
        errors: [
          { id: 'org', message: 'Enter the organization' },
          { id: 'pay-min', message: 'Enter the lowest pay' },
        ],
      }),
    );
    expect($('h2').text()).toBe('There is a problem');
    expect($('[role=alert]').length).toBe(1);
    expect($('.error-summary').attr('tabindex')).toBe('-1');
    expect(
      $('a')
        .map((_, a) => `${$(a).attr('href')} ${$(a).text()}`)
        .get(),
    ).toEqual(['#org Enter the organization', '#pay-min Enter the lowest pay']);
  });
  it('renders nothing without errors', () => {
    expect(renderToStaticMarkup(h(ErrorSummary, { focusKey: 0, errors: [] }))).toBe('');
  });
});
