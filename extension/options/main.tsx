import { render } from 'preact';
import '../popup/theme.css';
import './options.css';
import { OptionsApp } from './options-app';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
