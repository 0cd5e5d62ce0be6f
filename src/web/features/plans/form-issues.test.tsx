import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COMMENT_TEXT_MAX } from '../../../shared/plans-api';
import { activateLocale, type Locale } from '../../i18n/i18n';
import { planIds } from '../../testing/plan-fixtures';
import { renderWithProviders } from '../../testing/render';
import { CommentForm } from './components/CommentForm';
import { ReviewForm } from './components/ReviewForm';

// The review and comment forms show the shared schema's own findings as sentences, found as the form renders: a
// language switch rewords them, and the comment's limit is the schema's.

const other = (locale: Locale): Locale => (locale === 'en' ? 'zh-CN' : 'en');
const switchTo = (locale: Locale) => act(() => activateLocale(locale));

const words = {
  en: {
    comment: 'Comment',
    add: 'Add comment',
    empty: 'Write a comment.',
    tooLong: `Keep it to ${COMMENT_TEXT_MAX} characters.`,
    reason: 'Reason',
    requestChanges: 'Request changes',
    short: 'Say in at least 10 characters what should change.',
  },
  'zh-CN': {
    comment: '评论',
    add: '添加评论',
    empty: '请输入评论内容。',
    tooLong: `请控制在${COMMENT_TEXT_MAX}个字符以内。`,
    reason: '理由',
    requestChanges: '要求修改',
    short: '请至少用10个字符说明需要修改的内容。',
  },
} as const;

describe.each(['en', 'zh-CN'] as const)('a form’s refusal shown in %s follows a switch of language', (locale) => {
  const said = words[locale];
  const then = words[other(locale)];

  it('the comment form: an empty comment, then one past the schema’s limit', async () => {
    await activateLocale(locale);
    const subjects = [{ key: 'plan', anchor: { kind: 'plan' as const } }];
    const { user } = renderWithProviders(<CommentForm planId={planIds.plan} revision={2} subjects={subjects} poolNames={{}} request={null} />);
    await user.click(screen.getByRole('button', { name: said.add }));
    const text = screen.getByRole('textbox', { name: said.comment });
    await waitFor(() => expect(text).toHaveAccessibleDescription(said.empty));
    expect(text).toHaveFocus();

    await switchTo(other(locale));
    expect(text).toHaveAccessibleDescription(then.empty);
    await user.paste('x'.repeat(COMMENT_TEXT_MAX + 1));
    expect(text).toHaveAccessibleDescription(then.tooLong);
    expect(text).toHaveAttribute('aria-invalid', 'true');
  });

  it('the review form: a request for changes with too short a reason', async () => {
    await activateLocale(locale);
    const { user } = renderWithProviders(<ReviewForm planId={planIds.plan} revision={2} />);
    const reason = screen.getByRole('textbox', { name: said.reason });
    await user.type(reason, 'too slow');
    await user.click(screen.getByRole('button', { name: said.requestChanges }));
    await waitFor(() => expect(reason).toHaveAccessibleDescription(said.short));

    await switchTo(other(locale));
    expect(reason).toHaveAccessibleDescription(then.short);
    expect(reason).toHaveAttribute('aria-invalid', 'true');
  });
});
