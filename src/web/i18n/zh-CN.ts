import { zhCN } from '@mui/material/locale';
import { messages as addons } from './locales/addons/zh-CN.json?lingui';
import { messages as app } from './locales/app/zh-CN.json?lingui';
import { messages as common } from './locales/common/zh-CN.json?lingui';
import { messages as drift } from './locales/drift/zh-CN.json?lingui';
import { messages as lints } from './locales/lints/zh-CN.json?lingui';
import { messages as planImport } from './locales/plan-import/zh-CN.json?lingui';
import { messages as plans } from './locales/plans/zh-CN.json?lingui';
import { messages as review } from './locales/review/zh-CN.json?lingui';
import { messages as schema } from './locales/schema/zh-CN.json?lingui';
import { messages as schedule } from './locales/schedule/zh-CN.json?lingui';
import { messages as task } from './locales/task/zh-CN.json?lingui';
import { messages as wizard } from './locales/wizard/zh-CN.json?lingui';

// Loaded only when Chinese is chosen: every part's catalogue at once (English parts load with their code; Chinese is
// lazy as a whole, so one file), and MUI's own Chinese texts. catalogues.test.ts checks no part is left out here.
const messages = { ...app, ...common, ...lints, ...wizard, ...addons, ...planImport, ...review, ...schedule, ...task, ...plans, ...drift, ...schema };

export { messages, zhCN as mui };
