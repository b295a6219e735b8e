import { describe, expect, it } from 'vitest';
import { FIELD_IDS } from '#src/lib/jobs/post/form.ts';
import { page } from './built';

describe('post a job page', () => {
  const $ = page('/jobs/post/');

  it('is drawn on the server, not only in the browser: the form and its fields are in the HTML', () => {
    const island = $('astro-island[component-url*="JobPostForm"]');
    expect(island.length).toBe(1);
    expect(island.attr('client')).not.toBe('only');
    expect(island.attr('ssr')).toBeDefined();
    const form = island.find('form[aria-label="Post a job"]');
    expect(form.length).toBe(1);
    // Every field but the states of a remote job, which appears once "remote" is ticked.
    for (const [name, id] of Object.entries(FIELD_IDS))
      if (name !== 'remoteStates') expect(form.find(`#${id}`).length, id).toBe(1);
    expect(form.find('button[type="submit"]').text()).toBe('Create the file');
    // The build's day is not the visitor's: the date is put in by the browser.
    expect(form.find(`#${FIELD_IDS.datePosted}`).attr('value')).toBe('');
    expect(form.attr('inert')).toBeDefined();
  });

  it('keeps the note for browsers without scripting, pointing to the file format', () => {
    const note = $('#post-no-js');
    expect(note.text()).toContain('The form needs JavaScript');
    expect(note.find('a').attr('href')).toBe('#file-format');
    expect($('#file-format').length).toBe(1);
  });
});
