import { render } from 'preact';
import '../popup/theme.css';
import './options.css';
import { localizeDocument } from '../shared/i18n';
import { holdFromStartForTest } from '../shared/test-hold';
import { OptionsApp } from './options-app';

localizeDocument('optionsTitle');
holdFromStartForTest();
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
