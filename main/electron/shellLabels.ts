import type { Lang } from '../../shared/schema/common';

/** Texts only the desktop shell shows (menus, native dialogs); the renderer's live in shared/i18n. */
export interface ShellLabels {
  file: string;
  newProject: string;
  openProject: string;
  openSample: string;
  closeProject: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  toggleDevTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  window: string;
  minimize: string;
  close: string;
  help: string;
  about: string;
  hide: string;
  hideOthers: string;
  showAll: string;
  projectFilter: string;
  openDialogTitle: string;
  saveDialogTitle: string;
  bundleFilter: string;
  openBundleTitle: string;
  saveBundleTitle: string;
  externalTitle: string;
  externalOpen: string;
  cancel: string;
  openFailedTitle: string;
}

export const shellLabels: Record<Lang, ShellLabels> = {
  pl: {
    file: 'Plik',
    newProject: 'Nowy projekt…',
    openProject: 'Otwórz projekt…',
    openSample: 'Otwórz przykładowy projekt',
    closeProject: 'Zamknij projekt',
    quit: 'Zakończ',
    edit: 'Edycja',
    undo: 'Cofnij',
    redo: 'Ponów',
    cut: 'Wytnij',
    copy: 'Kopiuj',
    paste: 'Wklej',
    selectAll: 'Zaznacz wszystko',
    view: 'Widok',
    reload: 'Odśwież',
    toggleDevTools: 'Narzędzia deweloperskie',
    resetZoom: 'Rzeczywisty rozmiar',
    zoomIn: 'Powiększ',
    zoomOut: 'Pomniejsz',
    fullScreen: 'Pełny ekran',
    window: 'Okno',
    minimize: 'Minimalizuj',
    close: 'Zamknij okno',
    help: 'Pomoc',
    about: 'O Journey Studio',
    hide: 'Ukryj Journey Studio',
    hideOthers: 'Ukryj pozostałe',
    showAll: 'Pokaż wszystkie',
    projectFilter: 'Projekt Journey Studio',
    openDialogTitle: 'Otwórz projekt',
    saveDialogTitle: 'Zapisz projekt jako',
    bundleFilter: 'Pakiet projektu Journey Studio',
    openBundleTitle: 'Importuj pakiet',
    saveBundleTitle: 'Eksportuj pakiet projektu',
    externalTitle: 'Otworzyć stronę w przeglądarce?',
    externalOpen: 'Otwórz w przeglądarce',
    cancel: 'Anuluj',
    openFailedTitle: 'Nie udało się otworzyć projektu',
  },
  en: {
    file: 'File',
    newProject: 'New Project…',
    openProject: 'Open Project…',
    openSample: 'Open Sample Project',
    closeProject: 'Close Project',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close Window',
    help: 'Help',
    about: 'About Journey Studio',
    hide: 'Hide Journey Studio',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    projectFilter: 'Journey Studio project',
    openDialogTitle: 'Open Project',
    saveDialogTitle: 'Save Project As',
    bundleFilter: 'Journey Studio project bundle',
    openBundleTitle: 'Import Bundle',
    saveBundleTitle: 'Export Project Bundle',
    externalTitle: 'Open this page in your browser?',
    externalOpen: 'Open in Browser',
    cancel: 'Cancel',
    openFailedTitle: 'The project could not be opened',
  },
};
