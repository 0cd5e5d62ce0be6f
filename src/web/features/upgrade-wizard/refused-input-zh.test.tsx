import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PreCheckFinding } from '../../../shared/pre-check';
import { activateLocale, type Locale } from '../../i18n/i18n';
import { ids } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fastTiming } from '../../testing/upgrade-wizard';
import { PlanImportPage } from './components/plan-import/PlanImportPage';
import { RiskAcceptance } from './components/pre-check/RiskAcceptance';
import { SubmitReconcile } from './components/SubmitReconcile';
import { newSafeSubmitState, SafeSubmitContext } from './safe-submit-state';
import { reviewPlanFile } from '../../testing/plan-fixtures';

// Each refusal below is shown in one language, then the language is switched: what is on screen must follow it.
const other = (locale: Locale): Locale => (locale === 'en' ? 'zh-CN' : 'en');
const switchTo = (locale: Locale) => act(() => activateLocale(locale));

const risk: PreCheckFinding = { key: 'cluster:Risk:NodeKernelVersion:', scope: 'cluster', name: 'NodeKernelVersion', kind: 'Risk', nodes: [], addons: [] };

const riskWords = {
  en: {
    accept: 'Accept risk NodeKernelVersion',
    reason: 'Reason for accepting NodeKernelVersion',
    run: 'Accept and run the check again',
    refused: 'Reason: explain in at least 10 characters why the risk is acceptable.',
    help: 'Why it is safe to upgrade anyway (at least 10 characters). It is kept in the audit log with the submit.',
  },
  'zh-CN': {
    accept: '接受风险项NodeKernelVersion',
    reason: '接受NodeKernelVersion的理由',
    run: '接受并重新执行检查',
    refused: '理由：请至少用10个字符说明为何可以接受该风险。',
    help: '说明为何仍可安全升级（至少10个字符）。该理由将随提交一起记入审计日志。',
  },
};

const reconcileWords = {
  en: {
    reason: 'Why send it again?',
    submit: 'Submit again',
    refused: 'Say in at least 10 characters why the plan may be sent again (for example, what you checked in CCE).',
    help: 'Kept in the audit log with the submit.',
  },
  'zh-CN': {
    reason: '为何再次下发？',
    submit: '再次提交',
    refused: '请用至少10个字符说明为何可以再次下发计划（例如，您在CCE中检查了什么）。',
    help: '将随提交一起记入审计日志。',
  },
};

const planFileWords = {
  en: { choose: 'Choose a plan file', issues: 'What is wrong with the file', title: 'future.cce-plan.json is not a plan file the planner can open', version: 'formatVersion: only format version 1 is known' },
  'zh-CN': { choose: '选择计划文件', issues: '文件中的问题', title: 'future.cce-plan.json不是规划器可以打开的计划文件', version: 'formatVersion: 仅支持格式版本1' },
};

describe.each(['en', 'zh-CN'] as const)('a refusal shown in %s follows a switch of language', (locale) => {
  const said = <Words,>(words: Record<Locale, Words>) => words[locale];
  const then = <Words,>(words: Record<Locale, Words>) => words[other(locale)];

  it('RiskAcceptance: the reason too short for accepting a risk', async () => {
    await activateLocale(locale);
    const onAccept = vi.fn();
    const { user } = renderWithProviders(<RiskAcceptance finding={risk} disabled={false} onAccept={onAccept} />);
    await user.click(screen.getByRole('button', { name: said(riskWords).accept }));
    await user.type(screen.getByRole('textbox', { name: said(riskWords).reason }), 'fine');
    await user.click(screen.getByRole('button', { name: said(riskWords).run }));
    expect(screen.getByRole('textbox', { name: said(riskWords).reason })).toHaveAccessibleDescription(said(riskWords).refused);

    await switchTo(other(locale));
    const field = screen.getByRole('textbox', { name: then(riskWords).reason });
    expect(field).toHaveAccessibleDescription(then(riskWords).refused);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(onAccept).not.toHaveBeenCalled();

    // An edit clears the refusal, in the language shown now.
    await user.type(field, ' enough now');
    expect(field).toHaveAccessibleDescription(then(riskWords).help);
  });

  it('SubmitReconcile: the reason too short for sending a plan again', async () => {
    await activateLocale(locale);
    const onSubmitAgain = vi.fn();
    const pending = { clusterId: ids.prod, targetVersion: 'v1.30', body: '{}', sentAt: Date.now() - 60_000 };
    const { user } = renderWithProviders(
      <SafeSubmitContext.Provider value={{ state: { ...newSafeSubmitState(), pendingSubmit: pending }, timing: fastTiming, update: vi.fn() }}>
        <SubmitReconcile projectId="0123456789abcdef0123456789abcdef" pending={pending} onFound={vi.fn()} onSubmitAgain={onSubmitAgain} onKeepPlan={vi.fn()} />
      </SafeSubmitContext.Provider>,
    );
    // The default task list has none of this plan's: after the window the reason is asked for.
    const field = await screen.findByRole('textbox', { name: said(reconcileWords).reason });
    await user.type(field, 'no task');
    await user.click(screen.getByRole('button', { name: said(reconcileWords).submit }));
    expect(field).toHaveAccessibleDescription(said(reconcileWords).refused);

    await switchTo(other(locale));
    const switched = screen.getByRole('textbox', { name: then(reconcileWords).reason });
    expect(switched).toHaveAccessibleDescription(then(reconcileWords).refused);
    expect(switched).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmitAgain).not.toHaveBeenCalled();

    await user.type(switched, ' in the task list');
    expect(switched).toHaveAccessibleDescription(then(reconcileWords).help);
  });

  it('the plan import page: a file that is not a plan file, issue by issue', async () => {
    await activateLocale(locale);
    const { user } = renderWithProviders(<PlanImportPage onOpened={vi.fn()} />);
    const future = JSON.stringify({ ...reviewPlanFile, formatVersion: 2 });
    await user.upload(screen.getByLabelText(said(planFileWords).choose), new File([future], 'future.cce-plan.json', { type: 'application/json' }));
    const issues = await screen.findByRole('list', { name: said(planFileWords).issues });
    expect(within(issues).getAllByRole('listitem').map((item) => item.textContent)).toContain(said(planFileWords).version);

    await switchTo(other(locale));
    const switched = screen.getByRole('list', { name: then(planFileWords).issues });
    expect(within(switched).getAllByRole('listitem').map((item) => item.textContent)).toContain(then(planFileWords).version);
    expect(screen.getByRole('alert')).toHaveTextContent(then(planFileWords).title);
  });
});
