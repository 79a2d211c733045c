import { runBrowserStudio } from './runBrowserStudio';

void runBrowserStudio(process.argv.slice(2));
