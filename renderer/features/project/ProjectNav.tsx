import type { MessageKey } from '../../../shared/i18n/translate';
import { useT } from '../../app/useT';
import { Icon, type IconName } from '../../components/Icon';
import { SECTIONS, useNavigation, type Section } from './NavigationContext';

const labels: Record<Section, { key: MessageKey; icon: IconName }> = {
  personas: { key: 'nav.personas', icon: 'users' },
  interviews: { key: 'nav.interviews', icon: 'notebook' },
  evidence: { key: 'nav.evidence', icon: 'tag' },
  // The journey maps keep their strings in their own catalogue, merged into the app's messages.
  journeys: { key: 'journey.title' as MessageKey, icon: 'route' },
  search: { key: 'nav.search', icon: 'search' },
};

/** The project's sections; the current one carries aria-current so screen readers announce where you are. */
export function ProjectNav() {
  const t = useT();
  const { route, go, focusSearch } = useNavigation();
  return (
    <nav className="project-nav" aria-label={t('nav.label')}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section}>
            <button
              type="button"
              className="nav-btn"
              data-testid={`nav-${section}`}
              aria-current={route.section === section ? 'page' : undefined}
              title={section === 'search' ? t('nav.searchShortcut') : undefined}
              onClick={() => (section === 'search' ? focusSearch() : go(section))}
            >
              <Icon name={labels[section].icon} />
              {t(labels[section].key)}
              {section === 'search' && (
                <kbd className="nav-kbd" aria-hidden="true">
                  Ctrl K
                </kbd>
              )}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
