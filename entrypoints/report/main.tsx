import { render } from 'preact';
import { ReportPage } from '@/components/misread/ReportPage';
import '@/components/base.css';
import '@/components/popup/popup.css';
import '@/components/misread/report-page.css';

render(<ReportPage id={location.hash.slice(1)} />, document.getElementById('app')!);
