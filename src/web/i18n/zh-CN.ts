import { zhCN } from '@mui/material/locale';
import { messages } from './locales/zh-CN.json?lingui';

// Loaded only when Chinese is chosen: the catalogue and MUI's own Chinese texts.
export { messages, zhCN as mui };
